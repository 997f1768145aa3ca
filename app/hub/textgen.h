#pragma once

#include "rng.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lapor::hub {

struct TopicSpec
{
    QString category;
    QString subcategory;
    QStringList titles;
    QStringList problems;
};

struct UnitSpec
{
    QString id;
    QString name;
    QString shortName;
    int weight = 1;
    QList<TopicSpec> topics;
};

// Informal Indonesian complaint text assembled from the fragments in
// resources/data/hub-generator.json: the text is data, this class only combines it.
class TextGen
{
public:
    // Loads the fragments; qFatal on a broken resource (it ships with the binary).
    TextGen();

    QString agencyId() const { return m_agencyId; }
    QString agencyName() const { return m_agencyName; }
    QString agencyZone() const { return m_agencyZone; }
    const QList<UnitSpec> &units() const { return m_units; }

    int pickUnit(Rng &rng) const;
    const TopicSpec &pickTopic(Rng &rng, int unit) const;
    QString personName(Rng &rng) const;
    QString title(Rng &rng, const TopicSpec &topic) const;
    QString content(Rng &rng, const TopicSpec &topic) const;
    QString followup(Rng &rng, const QString &unitName, const QDateTime &when) const;
    QString reply(Rng &rng, int rating) const;
    QString note(Rng &rng) const { return rng.pick(m_notes); }
    QString notAuthorityReason(Rng &rng) const { return rng.pick(m_notAuthority); }
    QString forwardNote(Rng &rng) const { return rng.pick(m_forwardNotes); }
    QString returnComment(Rng &rng) const { return rng.pick(m_returnComments); }
    QString phone(Rng &rng) const;

private:
    QString fill(Rng &rng, QString text) const;
    QString informal(Rng &rng, const QString &text) const;

    QString m_agencyId, m_agencyName, m_agencyZone;
    QList<UnitSpec> m_units;
    int m_totalWeight = 0;
    QStringList m_first, m_last, m_streets, m_landmarks;
    QList<QPair<QString, QStringList>> m_kecamatan;
    QStringList m_openers, m_locations, m_durations, m_impacts, m_requests, m_closers, m_contacts;
    QList<QPair<QString, QString>> m_abbreviations;
    QStringList m_followups, m_positive, m_neutral, m_negative, m_notes, m_notAuthority,
        m_forwardNotes, m_returnComments;
};

} // namespace lapor::hub
