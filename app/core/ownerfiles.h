#pragma once

#include <QString>

// Complaints carry names, phone numbers and places, and office PCs are shared: everything
// the desk and laporhub keep on disk is for the account that runs them only (folders
// 0700, files 0600; docs/privacy.md).
namespace lapor::OwnerFiles {

// New files and folders of this process are its owner's only (umask 077). Called first
// thing by lapordesk, lapordeskctl and laporhub.
void restrictNewFiles();

// An existing folder and everything below it: folders 0700, files 0600, so that a profile
// or a hub data folder made by an older version is closed too. A folder that is already
// its owner's only was made or closed by this version, with everything in it, so it is
// not walked again: opening a profile does not visit every attachment each time.
// Symbolic links are not followed. False, with the path, when one could not be changed.
bool protectTree(const QString &dir, QString *error = nullptr);

// One file (a store, its -wal and -shm); a file that does not exist is fine.
bool protectFile(const QString &path, QString *error = nullptr);

} // namespace lapor::OwnerFiles
