#include "textgen.h"

#include "core/categories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

// A subcategory that is not in the published tree would be refused by a strict client;
// fall back to the category's first subcategory.
QString checkedSubcategory(const QString &category, const QString &sub)
{
    for (const Category &c : Categories::all()) {
        if (c.name == category)
            return c.subcategories.contains(sub) ? sub : c.subcategories.value(0);
    }
    qFatal("hub-generator.json names an unknown category: %s", qPrintable(category));
}

} // namespace

TextGen::TextGen()
{
    QFile file(u":/data/hub-generator.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("hub-generator.json is missing from the resources");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject agency = root.value(u"agency"_s).toObject();
    m_agencyId = agency.value(u"id"_s).toString();
    m_agencyName = agency.value(u"name"_s).toString();
    m_agencyZone = agency.value(u"zone"_s).toString();
    for (const QJsonValue &u : root.value(u"units"_s).toArray()) {
        const QJsonObject o = u.toObject();
        UnitSpec unit { o.value(u"id"_s).toString(),
                        o.value(u"name"_s).toString(),
                        o.value(u"short_name"_s).toString(),
                        o.value(u"weight"_s).toInt(1),
                        {} };
        for (const QJsonValue &t : o.value(u"topics"_s).toArray()) {
            const QJsonObject topic = t.toObject();
            const QString category = topic.value(u"category"_s).toString();
            unit.topics.append(
                { category, checkedSubcategory(category, topic.value(u"subcategory"_s).toString()),
                  strings(topic.value(u"titles"_s)), strings(topic.value(u"problems"_s)) });
        }
        m_totalWeight += unit.weight;
        m_units.append(unit);
    }
    if (m_units.size() < 2)
        qFatal("hub-generator.json needs at least two units");
    const QJsonObject people = root.value(u"people"_s).toObject();
    m_first = strings(people.value(u"first"_s));
    m_last = strings(people.value(u"last"_s));
    const QJsonObject places = root.value(u"places"_s).toObject();
    for (const QJsonValue &k : places.value(u"kecamatan"_s).toArray()) {
        m_kecamatan.append(
            { k.toObject().value(u"name"_s).toString(), strings(k.toObject().value(u"desa"_s)) });
    }
    m_streets = strings(places.value(u"streets"_s));
    m_landmarks = strings(places.value(u"landmarks"_s));
    m_openers = strings(root.value(u"openers"_s));
    m_locations = strings(root.value(u"locations"_s));
    m_durations = strings(root.value(u"durations"_s));
    m_impacts = strings(root.value(u"impacts"_s));
    m_requests = strings(root.value(u"requests"_s));
    m_closers = strings(root.value(u"closers"_s));
    m_contacts = strings(root.value(u"contacts"_s));
    const QJsonObject abbreviations = root.value(u"abbreviations"_s).toObject();
    for (auto it = abbreviations.begin(); it != abbreviations.end(); ++it)
        m_abbreviations.append({ it.key(), it.value().toString() });
    m_followups = strings(root.value(u"followups"_s));
    const QJsonObject replies = root.value(u"replies"_s).toObject();
    m_positive = strings(replies.value(u"positive"_s));
    m_neutral = strings(replies.value(u"neutral"_s));
    m_negative = strings(replies.value(u"negative"_s));
    m_notes = strings(root.value(u"notes"_s));
    m_notAuthority = strings(root.value(u"not_authority_reasons"_s));
    m_forwardNotes = strings(root.value(u"forward_notes"_s));
    m_returnComments = strings(root.value(u"return_comments"_s));
}

int TextGen::pickUnit(Rng &rng) const
{
    qint64 ticket = rng.below(m_totalWeight);
    for (int i = 0; i < m_units.size(); ++i) {
        ticket -= m_units[i].weight;
        if (ticket < 0)
            return i;
    }
    return 0;
}

const TopicSpec &TextGen::pickTopic(Rng &rng, int unit) const
{
    return rng.pick(m_units[unit].topics);
}

QString TextGen::personName(Rng &rng) const
{
    // One draw per statement: the operands of + may be evaluated in any order, and the same
    // seed must give the same data whichever compiler built the hub.
    const QString last = rng.pick(m_last);
    const QString first = rng.pick(m_first);
    return first + u' ' + last;
}

QString TextGen::phone(Rng &rng) const
{
    // The 0812-0000 block marks every generated number as fictitious at a glance.
    return u"0812-0000-%1"_s.arg(rng.below(10000), 4, 10, QLatin1Char('0'));
}

QString TextGen::fill(Rng &rng, QString text) const
{
    if (!text.contains(u'{'))
        return text;
    const auto &kec = rng.pick(m_kecamatan);
    text.replace(u"{kecamatan}"_s, kec.first);
    text.replace(u"{desa}"_s, rng.pick(kec.second));
    text.replace(u"{street}"_s, rng.pick(m_streets));
    text.replace(u"{landmark}"_s, rng.pick(m_landmarks));
    text.replace(u"{rt}"_s, u"%1"_s.arg(rng.range(1, 24), 3, 10, QLatin1Char('0')));
    text.replace(u"{rw}"_s, u"%1"_s.arg(rng.range(1, 8), 2, 10, QLatin1Char('0')));
    text.replace(u"{gang}"_s, rng.pick(m_first));
    text.replace(u"{no}"_s, QString::number(rng.range(1, 120)));
    text.replace(u"{n}"_s, QString::number(rng.range(2, 9)));
    text.replace(u"{phone}"_s, phone(rng));
    return text;
}

QString TextGen::informal(Rng &rng, const QString &text) const
{
    QString out = text;
    for (const auto &[word, shortForm] : m_abbreviations) {
        if (rng.chance(0.4))
            out.replace(u' ' + word + u' ', u' ' + shortForm + u' ');
    }
    // A few typing slips: two neighbouring letters swapped.
    const int slips = int(rng.below(3));
    for (int i = 0; i < slips && out.size() > 20; ++i) {
        const qsizetype at = qsizetype(rng.range(5, out.size() - 3));
        if (out[at].isLetter() && out[at + 1].isLetter())
            std::swap(out[at], out[at + 1]);
    }
    return out;
}

QString TextGen::title(Rng &rng, const TopicSpec &topic) const
{
    QString t = fill(rng, rng.pick(topic.titles));
    if (rng.chance(0.08))
        t = t.toUpper();
    return t.left(300);
}

QString TextGen::content(Rng &rng, const TopicSpec &topic) const
{
    QStringList parts;
    const QString opener = fill(rng, rng.pick(m_openers));
    if (!opener.isEmpty())
        parts.append(opener);
    const QString lead = rng.chance(0.5) ? u"Saya mau melaporkan bahwa "_s : QString();
    parts.append(lead + rng.pick(topic.problems) + u'.');
    parts.append(fill(rng, rng.pick(m_locations)) + u'.');
    if (rng.chance(0.5))
        parts.append(u"Selain itu "_s + rng.pick(topic.problems) + u'.');
    parts.append(fill(rng, rng.pick(m_durations)));
    parts.append(rng.pick(m_impacts));
    if (rng.chance(0.3))
        parts.append(u"\n\n"_s + rng.pick(m_impacts));
    parts.append(rng.pick(m_requests));
    if (rng.chance(0.6))
        parts.append(fill(rng, rng.pick(m_contacts)));
    const QString closer = rng.pick(m_closers);
    if (!closer.isEmpty())
        parts.append(closer);
    for (QString &part : parts) {
        if (!part.isEmpty() && !part.endsWith(u'.') && !part.endsWith(u'!') && !part.endsWith(u'?')
            && !part.endsWith(u','))
            part += u'.';
    }
    QString text = fill(rng, parts.join(u' '));
    text.replace(u".."_s, u"."_s);
    if (rng.chance(0.15)) { // the long, detailed kind: a second paragraph of background
        const QString impact = rng.pick(m_impacts);
        const QString duration = fill(rng, rng.pick(m_durations));
        const QString then = fill(rng, rng.pick(topic.problems));
        const QString first = fill(rng, rng.pick(topic.problems));
        text += u"\n\nKronologi: "_s + first + u", lalu "_s + then + u". "_s + duration + u' '
            + impact;
    }
    return informal(rng, text);
}

QString TextGen::followup(Rng &rng, const QString &unitName, const QDateTime &when) const
{
    QString text = rng.pick(m_followups);
    text.replace(u"{unit}"_s, unitName);
    text.replace(u"{date}"_s, when.toString(u"dd/MM/yyyy"_s));
    return text;
}

QString TextGen::reply(Rng &rng, int rating) const
{
    if (rating >= 4)
        return rng.pick(m_positive);
    if (rating == 0 || rating == 3)
        return rng.pick(m_neutral);
    return rng.pick(m_negative);
}

} // namespace lapor::hub
