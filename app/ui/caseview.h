#pragma once

#include "core/case.h"
#include "core/role.h"
#include "core/workingcalendar.h"
#include "models/caseactions.h"
#include "sync/attachmentfetcher.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QPlainTextEdit;
class QSplitter;
class QToolBar;

namespace Ui {
class CaseView;
}

namespace lapor {

class CaseRepository;
class Database;
class DraftRepository;
class InboxLookup;
class Profile;
class RelatedCasesPanel;
struct NotaDinasRecord;
class TimelineRepository;

// The case workspace: header, complaint, timeline, attachments and the action bar.
// Everything from a complaint or a timeline entry is shown as plain text; search matches
// are marked with extra selections, never with markup.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseView(QWidget *parent = nullptr);
    ~CaseView() override;

    void setup(Profile &profile, Database &db, const WorkingCalendar &calendar);
    void setUser(const QString &userId, Role role);
    void setCalendar(const WorkingCalendar &calendar);
    void setNow(const QDateTime &now); // tests; invalid = the real clock
    // Where attachments not yet in the profile come from; none while signed out.
    void setAttachmentFetcher(AttachmentFetcher *fetcher);

    // False when the store does not hold the case.
    bool showCase(qint64 trackingId);
    qint64 trackingId() const { return m_trackingId; }
    // Words from the search box, marked where they start a word.
    void setHighlightTerms(const QStringList &terms);
    int highlightCount() const { return m_highlights; }

    QAction *action(CaseAction action) const { return m_actions.value(action); }
    QList<QAction *> actions() const;
    QSplitter *splitter() const;
    // The "Laporan terkait" tab: its links and answers are handled by CaseActionController.
    RelatedCasesPanel *relatedPanel() const;
    // The menu of the case's nota dinas (open, print); tests trigger its actions.
    QMenu *notaDinasMenu() const { return m_notaDinasMenu; }
    // Opens the memo kept under `file` (relative to the profile) in the PDF viewer, writing
    // it again from its row when the file went missing.
    bool openNotaDinas(const QString &file);
    void printNotaDinas(const QString &file);

signals:
    void actionRequested(lapor::CaseAction action, qint64 trackingId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslateActions();
    void retranslateRelatedTab();
    void showHeader(const Case &c);
    void showTimeline(const Case &c);
    void showAttachments();
    void updateActions(const Case &c);
    void updateHighlights();
    void createNotaDinasMenu();
    void showNotaDinas(qint64 trackingId);
    // The memo of this case kept under `file`, its PDF written (again) when missing.
    std::optional<NotaDinasRecord> notaDinasFile(const QString &file, QString *path);
    void openAttachment();
    void saveAttachment();
    // The selected attachment's file, downloading it first when needed; empty meanwhile.
    QString attachmentFile(bool thenOpen);
    void onAttachmentDownloaded(const QString &id, const QString &path);
    int attachmentRow(const QString &id) const; // -1 when not listed
    void onAttachmentFailed(const QString &id, const QString &message);
    QDateTime now() const;

    std::unique_ptr<Ui::CaseView> m_ui;
    Profile *m_profile = nullptr;
    WorkingCalendar m_calendar;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<TimelineRepository> m_timeline;
    std::unique_ptr<DraftRepository> m_drafts;
    std::unique_ptr<InboxLookup> m_lookup;
    Database *m_db = nullptr;
    QToolBar *m_toolBar = nullptr;
    RelatedCasesPanel *m_related = nullptr;
    QAction *m_notaDinasAction = nullptr;
    QMenu *m_notaDinasMenu = nullptr;
    QHash<CaseAction, QAction *> m_actions;
    QString m_userId;
    Role m_role = Role::Officer;
    QDateTime m_fixedNow;
    QPointer<AttachmentFetcher> m_fetcher;
    QHash<QString, bool> m_waitingAttachments; // id -> open (true) or save (false) when done
    qint64 m_trackingId = 0;
    QStringList m_terms;
    int m_highlights = 0;
};

} // namespace lapor
