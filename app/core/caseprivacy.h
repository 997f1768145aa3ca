#pragma once

#include <QCoreApplication>
#include <QString>

namespace lapor {

struct Case;

// What of a case may leave the desk: in an export (CSV, PDF, print), in a report's table,
// on a terminal. The one place that reads the reporter's flags for that (docs/privacy.md,
// "Exports and the CLI"):
//
//   - the reporter's identity (name and any contact) only when the case is neither anonim
//     nor rahasia: a rahasia reporter is as protected as the content they sent;
//   - the content (title, complaint text, places in it) only when the case is not rahasia.
//
// What may not be shown is replaced by a marker, never left blank, so a reader sees that
// something is withheld rather than missing.
class CasePrivacy
{
    Q_DECLARE_TR_FUNCTIONS(lapor::CasePrivacy)

public:
    constexpr CasePrivacy(bool anonymous, bool confidential)
        : m_anonymous(anonymous)
        , m_confidential(confidential)
    { }
    static CasePrivacy of(const Case &c);

    constexpr bool showsReporter() const { return !m_anonymous && !m_confidential; }
    constexpr bool showsContent() const { return !m_confidential; }

    // The reporter's name or contact, or "(anonim)" / "(rahasia)".
    QString reporter(const QString &identity) const;
    // The title, the complaint text or a place in it, or "(rahasia)".
    QString content(const QString &text) const;

    static QString anonymousMarker();
    static QString confidentialMarker();

private:
    bool m_anonymous;
    bool m_confidential;
};

} // namespace lapor
