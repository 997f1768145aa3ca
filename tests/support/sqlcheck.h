#pragma once

// Looking at SQLite files behind the store's back: a plain connection, one value of a
// query, a file's checksum. Each fails the current test when it cannot do its job, since
// its fallback (an invalid value, an empty checksum) would otherwise compare equal to
// something.

#include "testlocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lapor::test {

// A QSQLITE connection of its own, removed again when it goes out of scope. A connection
// that does not open fails the current test.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {},
                           TestLocation where = TestLocation::current());
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; on failure returns false and leaves the reason in lastError.
    bool exec(const QString &sql);

    QString lastError;

private:
    QString m_name;
    bool m_open = false;
};

// The first column of the first row, or an invalid QVariant when there is none. A
// statement that fails fails the current test: its invalid QVariant would read as 0 or "".
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {},
                TestLocation where = TestLocation::current());

// What the store's search index holds that an index built afresh from its cases as they
// are now would not, and the other way round (each term with its case, column and
// position), then FTS5's own check and one row per case: empty when the index is right.
QStringList searchIndexDrift(const QSqlDatabase &db);

// Every row of the dashboard's three tables of sums (resources/sql/007_case_figures.sql),
// each prefixed with its table, in key order: empty when none holds a row.
QStringList figureSums(const QSqlDatabase &db);

// The SHA-256 of a file; an unreadable file fails the current test, since two missing
// files would otherwise have the same (empty) checksum.
QByteArray fileChecksum(const QString &path, TestLocation where = TestLocation::current());

} // namespace lapor::test
