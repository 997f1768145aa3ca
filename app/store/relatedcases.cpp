#include "relatedcases.h"

#include "database.h"
#include "sqlutil.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lapor {

namespace {

// Words that say nothing about what a complaint is about: function words, greetings and
// the politeness and chat shorthand of complaints written on a phone.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        const char *const list[] = {
            "ada",
            "adalah",
            "agar",
            "akan",
            "aku",
            "anda",
            "apa",
            "apakah",
            "atas",
            "atau",
            "bagaimana",
            "bahwa",
            "bapak",
            "banyak",
            "bapak",
            "baru",
            "belum",
            "berapa",
            "bgt",
            "bisa",
            "blm",
            "bpk",
            "bulan",
            "bukan",
            "cuma",
            "dalam",
            "dan",
            "dapat",
            "dari",
            "dengan",
            "dgn",
            "dia",
            "dll",
            "dong",
            "dulu",
            "hal",
            "hanya",
            "hari",
            "harus",
            "hingga",
            "ibu",
            "ini",
            "itu",
            "jadi",
            "juga",
            "kalau",
            "kami",
            "kamu",
            "kapan",
            "karena",
            "kasih",
            "katanya",
            "ke",
            "kenapa",
            "kepada",
            "ketika",
            "kita",
            "krn",
            "lagi",
            "lah",
            "lalu",
            "lapor",
            "laporan",
            "lebih",
            "makasih",
            "maka",
            "masih",
            "melaporkan",
            "mengapa",
            "mereka",
            "min",
            "minggu",
            "mohon",
            "mau",
            "namun",
            "nya",
            "oleh",
            "pada",
            "pak",
            "para",
            "pun",
            "saat",
            "saja",
            "salam",
            "sama",
            "sampai",
            "sangat",
            "saya",
            "sdh",
            "segera",
            "sejak",
            "sekali",
            "selamat",
            "semua",
            "sendiri",
            "setiap",
            "siang",
            "sini",
            "sore",
            "sudah",
            "supaya",
            "tahun",
            "tapi",
            "tdk",
            "telah",
            "terima",
            "terus",
            "tersebut",
            "tetapi",
            "tidak",
            "tindaklanjuti",
            "tolong",
            "trims",
            "untuk",
            "utk",
            "warga",
            "yaitu",
            "yang",
            "assalamualaikum",
            "berkali2",
            "ditindaklanjuti",
            "pagi",
            "malam",
            "sekitar",
        };
        for (const char *word : list)
            out.insert(QString::fromLatin1(word));
        return out;
    }();
    return words;
}

// Lower case without diacritics, as FTS5's unicode61 tokenizer folds them.
QString folded(const QString &word)
{
    QString lower = word.toLower();
    if (std::all_of(lower.cbegin(), lower.cend(), [](QChar ch) { return ch.unicode() < 0x80; }))
        return lower; // most words: nothing to fold
    QString out;
    for (const QChar ch : lower.normalized(QString::NormalizationForm_D)) {
        if (!ch.isMark())
            out += ch;
    }
    return out;
}

bool hasDigit(const QString &word)
{
    return std::any_of(word.begin(), word.end(), [](QChar ch) { return ch.isDigit(); });
}

} // namespace

QStringList RelatedCase::reasons(bool showWords) const
{
    QStringList out;
    if (sameCategory)
        out.append(RelatedCases::tr("kategori sama"));
    if (!sharedWords.isEmpty()) {
        out.append(showWords ? RelatedCases::tr("kata: %1").arg(sharedWords.join(u", "))
                             : RelatedCases::tr("%n kata sama", nullptr, int(sharedWords.size())));
    }
    if (sameReporter)
        out.append(RelatedCases::tr("pelapor sama"));
    return out;
}

RelatedCases::RelatedCases(Database &db)
    : m_db(db)
{ }

QStringList RelatedCases::keywords(const QString &text)
{
    QStringList out;
    QSet<QString> seen;
    QString word;
    auto flush = [&] {
        const QString w = folded(word);
        word.clear();
        if (w.size() < 3 || hasDigit(w) || stopWords().contains(w) || seen.contains(w))
            return;
        seen.insert(w);
        out.append(w);
    };
    // Split as SearchQuery and FTS5 do: letters and digits make a word, a mark stays with it.
    for (const char32_t ch : text.toUcs4()) {
        if (QChar::isLetterOrNumber(ch) || (QChar::isMark(ch) && !word.isEmpty()))
            word += QString::fromUcs4(&ch, 1);
        else
            flush();
    }
    flush();
    return out;
}

QString RelatedCases::linkNote(Link link, qint64 otherId)
{
    return link == Link::Duplicate ? tr("Duplikat dari laporan #%1.").arg(otherId)
                                   : tr("Terkait dengan laporan #%1.").arg(otherId);
}

QString RelatedCases::latestAnswer(qint64 trackingId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT text FROM followups WHERE case_id = ? "
                             "ORDER BY published_at DESC, rowid DESC LIMIT 1"));
    q.addBindValue(trackingId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

std::optional<QList<RelatedCase>> RelatedCases::find(qint64 trackingId, QString *error,
                                                     int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT title, content, category, anonymous, confidential, "
                             "reporter_name FROM cases WHERE tracking_id = ?"));
    q.addBindValue(trackingId);
    if (!Sql::exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = tr("Laporan #%1 tidak ada di profil ini.").arg(trackingId);
        return std::nullopt;
    }
    const QString category = q.value(2).toString();
    // A reporter's identity is used only when neither side hides it, in either direction.
    const bool reporterUsable = !q.value(3).toBool() && !q.value(4).toBool();
    const QString reporter = reporterUsable ? q.value(5).toString().trimmed() : QString();
    const QStringList words
        = keywords(q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString());
    q.finish();
    QList<RelatedCase> out;
    if (words.isEmpty())
        return out;

    // The rarest words say most about what the case is about and keep the ranked set
    // small. A word no other case holds (df 1: this case only) cannot match. FTS5 counts a
    // word's cases by reading its whole list of cases (up to a millisecond for a common
    // word), so the counts are kept for the life of this object: the desk's case view
    // keeps one, and a count a few cases old still picks the same rare words.
    QList<std::pair<qint64, QString>> byRarity;
    QSqlQuery vocab(m_db.connection());
    bool prepared = false;
    for (const QString &word : words.mid(0, kLookedUpWords)) {
        auto known = m_docs.constFind(word);
        if (known == m_docs.cend()) {
            if (!prepared) {
                if (!vocab.exec(
                        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.related_terms "
                                       "USING fts5vocab(main, 'case_search', 'row')"))) {
                    if (error)
                        *error = vocab.lastError().text();
                    return std::nullopt;
                }
                vocab.prepare(QStringLiteral("SELECT doc FROM temp.related_terms WHERE term = ?"));
                prepared = true;
            }
            vocab.bindValue(0, word);
            if (!Sql::exec(vocab, error))
                return std::nullopt;
            const qint64 docs = vocab.next() ? vocab.value(0).toLongLong() : 0;
            vocab.finish();
            if (m_docs.size() >= kKeptCounts)
                m_docs.clear();
            known = m_docs.insert(word, docs);
        }
        if (known.value() > 1)
            byRarity.append({ known.value(), word });
    }
    if (byRarity.isEmpty())
        return out;
    std::stable_sort(byRarity.begin(), byRarity.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    // FTS5 reads every case holding any of the words and ranks them all: the cost follows
    // the documents the words are in. The three rarest are always asked; more only while
    // their documents stay within the budget, so a store where every word is common (one
    // district's few streets and complaints) costs no more than the three.
    QStringList phrases;
    qint64 postings = 0;
    for (const auto &[docs, word] : std::as_const(byRarity)) {
        if (phrases.size() >= kQueryWords
            || (phrases.size() >= kMinQueryWords && postings + docs > kPostingBudget))
            break;
        postings += docs;
        phrases.append(QLatin1Char('"') + word + QLatin1Char('"'));
    }
    const QString match = phrases.join(u" OR ");

    // Ranked on title and complaint only (follow-ups weigh 0): the agency's own answers
    // repeat the same phrases in every case and would make everything look related. A
    // column filter in the MATCH would say the same but makes FTS5 check every position
    // of every case it reads (a quarter to a third of the query's time); a case found only through
    // its follow-ups scores 0, comes last and shares none of the words below.
    constexpr int kCandidates = 40;
    QSqlQuery m(m_db.connection());
    m.prepare(QStringLiteral(
        "SELECT c.tracking_id, c.title, c.content, c.category, c.status, c.anonymous, "
        "c.confidential, c.reporter_name, r.score FROM "
        "(SELECT rowid, bm25(case_search, 3.0, 1.0, 0.0) AS score FROM case_search "
        " WHERE case_search MATCH ? ORDER BY score LIMIT ?) r "
        "JOIN cases c ON c.tracking_id = r.rowid "
        "WHERE c.in_scope = 1 AND c.tracking_id <> ? ORDER BY r.score"));
    m.addBindValue(match);
    m.addBindValue(kCandidates + 1);
    m.addBindValue(trackingId);
    if (!Sql::exec(m, error))
        return std::nullopt;
    double best = 0;
    while (m.next()) {
        RelatedCase r;
        r.trackingId = m.value(0).toLongLong();
        r.title = m.value(1).toString();
        const QStringList theirWords
            = keywords(r.title + QLatin1Char('\n') + m.value(2).toString());
        const QSet<QString> theirs(theirWords.cbegin(), theirWords.cend());
        for (const QString &word : words) {
            if (theirs.contains(word))
                r.sharedWords.append(word);
        }
        r.sameCategory = !category.isEmpty() && m.value(3).toString() == category;
        r.status = Status::fromKey(m.value(4).toString()).value_or(CaseStatus::Unverified);
        r.anonymous = m.value(5).toBool();
        r.confidential = m.value(6).toBool();
        r.sameReporter = !reporter.isEmpty() && !r.anonymous && !r.confidential
            && m.value(7).toString().trimmed().compare(reporter, Qt::CaseInsensitive) == 0;
        // One shared word is chance unless something else points the same way.
        const bool alike = r.sharedWords.size() >= 2
            || (!r.sharedWords.isEmpty() && (r.sameCategory || r.sameReporter));
        if (!alike)
            continue;
        const double text = -m.value(8).toDouble(); // bm25: lower is better
        best = std::max(best, text);
        r.score = text;
        out.append(r);
    }
    // The text ranks; a shared category and a shared reporter each move a case up by a
    // share of the best text score, so they break ties without outweighing the words.
    for (RelatedCase &r : out) {
        const double text = best > 0 ? r.score / best : 0;
        r.score = text + (r.sameCategory ? 0.25 : 0) + (r.sameReporter ? 0.5 : 0);
        if (r.sharedWords.size() > 5)
            r.sharedWords = r.sharedWords.mid(0, 5);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RelatedCase &a, const RelatedCase &b) { return a.score > b.score; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace lapor
