#include "sqlcheck.h"

#include "store/searchtokenizer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace lapor::test {

RawConnection::RawConnection(const QString &path, const QString &options, TestLocation where)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    // Through the store's own tokenizer, as every program of the desk reads the index.
    m_open = db.open() && SearchTokenizer::registerOn(db);
    if (!m_open)
        failAt(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()), where);
}

RawConnection::~RawConnection()
{
    {
        auto db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql)
{
    QSqlQuery q(db());
    if (q.exec(sql))
        return true;
    lastError = q.lastError().text() + QLatin1String(" in: ") + sql;
    return false;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                TestLocation where)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        failAt(q.lastError().text() + QLatin1String(" in: ") + sql, where);
        return {};
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        failAt(q.lastError().text() + QLatin1String(" in: ") + sql, where);
        return {};
    }
    if (!q.next())
        return {};
    return q.value(0);
}

QByteArray fileChecksum(const QString &path, TestLocation where)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failAt(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), where);
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace lapor::test
