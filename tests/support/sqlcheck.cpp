#include "sqlcheck.h"

#include "store/searchtokenizer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
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

QStringList figureSums(const QSqlDatabase &db)
{
    QStringList rows;
    for (const char *sql :
         { "SELECT * FROM figures_by_day ORDER BY rday, unit_id, assignee_id, status, rating, dkey",
           "SELECT * FROM figures_by_followup_day ORDER BY fday, unit_id",
           "SELECT * FROM figures_by_due_day ORDER BY dday, rday, unit_id" }) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(sql)))
            return QStringList { q.lastError().text() };
        while (q.next()) {
            QStringList values { QString::fromLatin1(sql).section(QLatin1Char(' '), 3, 3) };
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
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

// What the index holds that an index built afresh from the cases as they are now would
// not, and the other way round: each term with its case, column and position. The index
// keeps no copy of the text (schema 14), so each write has to remove a row's terms with
// exactly the text they came from; a slip shows here as terms left over or missing.
QStringList searchIndexDrift(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    for (const char *statement : {
             "DROP TABLE IF EXISTS temp.fresh_search",
             "CREATE VIRTUAL TABLE temp.fresh_search USING fts5(title, content, followups, "
             "content = '', tokenize = 'lapor remove_diacritics 2')",
             "INSERT INTO temp.fresh_search (rowid, title, content, followups) "
             "SELECT tracking_id, title, content, followups FROM search_source",
             "CREATE VIRTUAL TABLE IF NOT EXISTS temp.kept_terms "
             "USING fts5vocab(main, 'case_search', 'instance')",
             "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fresh_terms "
             "USING fts5vocab(temp, 'fresh_search', 'instance')",
         }) {
        if (!q.exec(QString::fromLatin1(statement)))
            return { q.lastError().text() + QLatin1String(" in: ") + QLatin1String(statement) };
    }
    if (!q.exec(QStringLiteral(
            "SELECT 'left over', * FROM (SELECT term, doc, col, offset FROM temp.kept_terms "
            "EXCEPT SELECT term, doc, col, offset FROM temp.fresh_terms) "
            "UNION ALL SELECT 'missing', * FROM (SELECT term, doc, col, offset "
            "FROM temp.fresh_terms EXCEPT SELECT term, doc, col, offset FROM temp.kept_terms) "
            "LIMIT 20")))
        return { q.lastError().text() };
    while (q.next()) {
        out.append(QStringLiteral("%1: %2 in case %3, %4 at %5")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString()));
    }
    // FTS5's own check of the index's structure, and one row per case.
    if (!q.exec(QStringLiteral("INSERT INTO case_search (case_search) VALUES ('integrity-check')")))
        out.append(q.lastError().text());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM case_search_docsize), "
                               "(SELECT count(*) FROM cases), "
                               "(SELECT count(*) FROM search_pending)"))
        || !q.next())
        out.append(q.lastError().text());
    else if (q.value(0) != q.value(1) || q.value(2).toInt() != 0)
        out.append(QStringLiteral("%1 rows for %2 cases, %3 notes left")
                       .arg(q.value(0).toInt())
                       .arg(q.value(1).toInt())
                       .arg(q.value(2).toInt()));
    return out;
}

} // namespace lapor::test
