#pragma once

#include "core/profile.h"
#include "core/user.h"
#include "store/database.h"

#include <QTemporaryDir>

#include <memory>

namespace lapor::DraftingFixture {

inline constexpr qint64 kCase = 8112829;
inline constexpr qint64 kAnonymousCase = 8112830;

// A profile with two units, an officer and a head of unit, and two open cases of the
// officer's unit (the second one anonim).
struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<Profile> profile;
    std::unique_ptr<Database> db;
};

std::unique_ptr<Desk> create(QString *error);
User officer();
User approver();

} // namespace lapor::DraftingFixture
