#include "caseview.h"

#include "accessible.h"
#include "core/deadlines.h"
#include "core/profile.h"
#include "relatedcasespanel.h"
#include "slabadgedelegate.h"
#include "store/caserepository.h"
#include "store/draftrepository.h"
#include "store/inboxlookup.h"
#include "store/searchquery.h"
#include "store/timelinerepository.h"
#include "timelinetext.h"
#include "ui_caseview.h"

#include <QAction>
#include <QLocale>
#include <QTextBlock>
#include <QToolBar>

namespace lapor {

CaseView::CaseView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseView>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->caseHeader->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->caseHeader->setFont(titleFont);
    QFont statusFont = m_ui->caseStatus->font();
    statusFont.setBold(true);
    m_ui->caseStatus->setFont(statusFont);
    m_ui->caseDeadline->setFont(statusFont);
    m_ui->caseSplitter->setStretchFactor(0, 2);
    m_ui->caseSplitter->setStretchFactor(1, 3);
    m_ui->caseContent->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->caseTimeline->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_toolBar = new QToolBar(m_ui->actionBar);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setAccessibleName(tr("Tindakan laporan"));
    m_ui->actionLayout->addWidget(m_toolBar);
    createActions();
    createNotaDinasMenu();
    Accessible::nameInternals(this);

    // Built here rather than in the form: its rows and buttons follow the case.
    m_related = new RelatedCasesPanel(m_ui->caseTabs);
    m_related->setObjectName(QStringLiteral("relatedPanel"));
    m_ui->caseTabs->addTab(m_related, QString());
    connect(m_related, &RelatedCasesPanel::countChanged, this, &CaseView::retranslateRelatedTab);
    retranslateRelatedTab();

    connect(m_ui->attachmentList, &QListWidget::currentRowChanged, this, [this] {
        const auto *item = m_ui->attachmentList->currentItem();
        // Not downloaded yet: asking to open or save downloads it first, when a hub is there.
        const bool usable = item && (!item->data(Qt::UserRole).toString().isEmpty() || m_fetcher);
        m_ui->openAttachmentButton->setEnabled(usable);
        m_ui->saveAttachmentButton->setEnabled(usable);
    });
    connect(m_ui->attachmentList, &QListWidget::itemActivated, this, &CaseView::openAttachment);
    connect(m_ui->openAttachmentButton, &QPushButton::clicked, this, &CaseView::openAttachment);
    connect(m_ui->saveAttachmentButton, &QPushButton::clicked, this, &CaseView::saveAttachment);
}

CaseView::~CaseView() = default;

void CaseView::setup(Profile &profile, Database &db, const WorkingCalendar &calendar)
{
    m_profile = &profile;
    m_calendar = calendar;
    m_cases = std::make_unique<CaseRepository>(db, calendar);
    m_timeline = std::make_unique<TimelineRepository>(db);
    m_drafts = std::make_unique<DraftRepository>(db);
    m_lookup = std::make_unique<InboxLookup>(db);
    m_related->setDatabase(db);
    m_db = &db;
}

RelatedCasesPanel *CaseView::relatedPanel() const
{
    return m_related;
}

void CaseView::retranslateRelatedTab()
{
    const int index = m_ui->caseTabs->indexOf(m_related);
    const int count = m_related->count();
    m_ui->caseTabs->setTabText(
        index, count ? tr("Laporan terkait (%1)").arg(count) : tr("Laporan terkait"));
}

void CaseView::setCalendar(const WorkingCalendar &calendar)
{
    m_calendar = calendar;
    if (m_cases)
        m_cases->setCalendar(calendar);
    if (m_trackingId)
        showCase(m_trackingId);
}

void CaseView::setUser(const QString &userId, Role role)
{
    m_userId = userId;
    m_role = role;
    if (m_trackingId)
        showCase(m_trackingId);
}

void CaseView::setNow(const QDateTime &now)
{
    m_fixedNow = now;
}

QDateTime CaseView::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

QSplitter *CaseView::splitter() const
{
    return m_ui->caseSplitter;
}

QList<QAction *> CaseView::actions() const
{
    QList<QAction *> out;
    for (auto action : CaseActions::all())
        out.append(m_actions.value(action));
    return out;
}

void CaseView::createActions()
{
    for (auto which : CaseActions::all()) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("action_") + CaseActions::key(which));
        connect(action, &QAction::triggered, this, [this, which] {
            if (m_trackingId)
                emit actionRequested(which, m_trackingId);
        });
        m_actions.insert(which, action);
        m_toolBar->addAction(action);
        action->setVisible(false);
    }
    m_actions.value(CaseAction::WriteFollowup)->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_actions.value(CaseAction::InternalNote)->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_actions.value(CaseAction::MarkUnread)->setShortcut(QKeySequence(tr("Ctrl+U")));
    m_actions.value(CaseAction::ReviewDraft)->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_actions.value(CaseAction::Forward)->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_actions.value(CaseAction::NotAuthority)->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    retranslateActions();
}

void CaseView::retranslateActions()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setText(CaseActions::label(it.key()));
}

bool CaseView::showCase(qint64 trackingId)
{
    const auto c = m_cases && trackingId ? m_cases->find(trackingId) : std::nullopt;
    if (!c) {
        m_trackingId = 0;
        for (auto *action : std::as_const(m_actions))
            action->setEnabled(false);
        m_related->showCase(0);
        showNotaDinas(0);
        return false;
    }
    const bool sameCase = m_trackingId == trackingId;
    m_trackingId = trackingId;
    showHeader(*c);
    // Complaint text is plain text, always: HTML in a complaint shows as typed.
    m_ui->caseContent->setPlainText(c->content);
    showTimeline(*c);
    showAttachments();
    m_related->showCase(trackingId);
    updateActions(*c);
    showNotaDinas(c->trackingId);
    updateHighlights();
    if (!sameCase) {
        m_ui->caseContent->moveCursor(QTextCursor::Start);
        m_ui->caseTimeline->moveCursor(QTextCursor::Start);
    }
    return true;
}

void CaseView::showHeader(const Case &c)
{
    m_ui->caseHeader->setText(QStringLiteral("#%1 · %2").arg(c.trackingId).arg(c.title));
    m_ui->caseStatus->setText(Status::label(c.status));

    const QDateTime due = Deadlines::caseDeadline(m_calendar, c);
    const auto sla = Deadlines::slaState(m_calendar, due, now());
    QString deadline;
    if (due.isValid()) {
        const int left = Deadlines::workingDaysLeft(m_calendar, due, now());
        const QString day
            = QLocale().toString(m_calendar.localDate(due).addDays(-1), QLocale::ShortFormat);
        QString count;
        // Worded from the SLA state: the weekend after a due Friday is late with 0 left.
        if (sla == Deadlines::SlaState::Overdue)
            count = left < 0 ? tr("terlambat %n hari kerja", nullptr, -left) : tr("lewat tenggat");
        else if (left == 0)
            count = tr("jatuh tempo hari ini");
        else
            count = tr("%n hari kerja lagi", nullptr, left);
        deadline = tr("Tenggat %1 · %2").arg(day, count);
    } else {
        deadline = tr("Tanpa tenggat");
    }
    m_ui->caseDeadline->setAccessibleDescription(SlaBadgeDelegate::badgeText(int(sla)));
    m_ui->caseDeadline->setText(deadline);
    QPalette palette = m_ui->caseDeadline->palette();
    palette.setColor(QPalette::WindowText,
                     sla == Deadlines::SlaState::Overdue ? QColor(0xb3, 0x26, 0x1e)
                         : sla == Deadlines::SlaState::DueSoon
                         ? QColor(0x8a, 0x5a, 0x00)
                         : this->palette().color(QPalette::WindowText));
    m_ui->caseDeadline->setPalette(palette);

    QStringList meta;
    meta.append(c.subcategory.isEmpty() ? c.category
                                        : QStringLiteral("%1 › %2").arg(c.category, c.subcategory));
    if (!c.unitId.isEmpty())
        meta.append(tr("Unit: %1").arg(m_lookup->unitName(c.unitId)));
    if (!c.assigneeId.isEmpty())
        meta.append(tr("Petugas: %1").arg(m_lookup->userName(c.assigneeId)));
    // The reporter's identity is never shown for an anonymous case.
    if (c.anonymous)
        meta.append(tr("Pelapor anonim"));
    else if (!c.reporterName.isEmpty())
        meta.append(tr("Pelapor: %1").arg(c.reporterName));
    if (c.confidential)
        meta.append(tr("Rahasia"));
    // In the plain-text meta line, not a tooltip: tooltips would render typed markup.
    if (c.status == CaseStatus::NotAuthority && !c.notAuthorityReason.isEmpty())
        meta.append(tr("Alasan bukan wewenang: %1").arg(c.notAuthorityReason));
    const auto flags = m_timeline->localFlags(c.trackingId);
    if (!flags.inScope)
        meta.append(tr("Sudah tidak di unit Anda"));
    if (flags.hubChanged)
        meta.append(tr("Berubah di hub sejak draf Anda dibuat"));
    m_ui->caseMeta->setText(meta.join(QStringLiteral(" · ")));
}

void CaseView::showTimeline(const Case &c)
{
    const auto events = m_timeline->events(c.trackingId);
    m_ui->caseTimeline->clear();
    TimelineText::write(m_ui->caseTimeline->document(), c, events, m_calendar);
    m_ui->caseTabs->setTabText(m_ui->caseTabs->indexOf(m_ui->timelineTab),
                               tr("Riwayat (%1)").arg(events.size() + 1));
}

void CaseView::updateActions(const Case &c)
{
    CaseActions::Context context;
    context.role = m_role;
    context.userId = m_userId;
    context.status = c.status;
    context.inScope = m_timeline->localFlags(c.trackingId).inScope;
    context.drafts = m_drafts->forCase(c.trackingId);
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const auto state = CaseActions::state(it.key(), context);
        it.value()->setVisible(state.visible);
        it.value()->setEnabled(state.enabled);
        it.value()->setToolTip(state.reason.isEmpty() ? CaseActions::label(it.key())
                                                      : state.reason);
    }
}

void CaseView::setHighlightTerms(const QStringList &terms)
{
    if (terms == m_terms)
        return;
    m_terms = terms;
    updateHighlights();
}

void CaseView::updateHighlights()
{
    m_highlights = 0;
    QTextCharFormat mark;
    mark.setBackground(QColor(0xff, 0xe0, 0x66));
    mark.setForeground(Qt::black);
    // The words the index matched, whatever their form: searching "perbaikan" marks
    // "diperbaiki" and "blm" marks "belum" (SearchQuery::matchedWords, docs/inbox.md).
    for (auto *edit : { m_ui->caseContent, m_ui->caseTimeline }) {
        QList<QTextEdit::ExtraSelection> selections;
        for (QTextBlock block = edit->document()->begin();
             !m_terms.isEmpty() && block.isValid() && selections.size() < 2000;
             block = block.next()) {
            for (const auto &span : SearchQuery::matchedWords(block.text(), m_terms)) {
                QTextCursor found(edit->document());
                found.setPosition(block.position() + int(span.start));
                found.setPosition(block.position() + int(span.start + span.length),
                                  QTextCursor::KeepAnchor);
                selections.append({ found, mark });
            }
        }
        m_highlights += int(selections.size());
        edit->setExtraSelections(selections);
    }
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateActions();
        retranslateRelatedTab();
        m_notaDinasAction->setText(tr("Nota dinas"));
        if (m_trackingId)
            showCase(m_trackingId);
    }
    QWidget::changeEvent(event);
}

} // namespace lapor
