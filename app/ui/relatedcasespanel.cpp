#include "relatedcasespanel.h"

#include "core/caseprivacy.h"
#include "core/casestatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lapor {

namespace {
// Why before the status: the reasons are what the list is for; a long status is cut last.
enum Column { Number, Title, Why, State, ColumnCount };
} // namespace

RelatedCasesPanel::RelatedCasesPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("relatedList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Rows are as tall as their reasons, one reason a line: they are what the list is for.
    m_list->setUniformRowHeights(false);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(Number, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Title, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(Why, QHeaderView::Interactive);
    m_list->header()->resizeSection(Title, 170);
    m_list->header()->resizeSection(Why, 270);
    layout->addWidget(m_list, 1);

    // Short labels in one row (the accessible names say it whole), so the case view still
    // fits beside the list on a 1366×768 screen at 200 %.
    auto *buttons = new QHBoxLayout;
    m_relatedButton = new QPushButton(this);
    m_relatedButton->setObjectName(QStringLiteral("linkRelatedButton"));
    m_duplicateButton = new QPushButton(this);
    m_duplicateButton->setObjectName(QStringLiteral("linkDuplicateButton"));
    m_answerButton = new QPushButton(this);
    m_answerButton->setObjectName(QStringLiteral("useAnswerButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openRelatedButton"));
    for (auto *button : { m_relatedButton, m_duplicateButton, m_answerButton, m_openButton })
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RelatedCasesPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const qint64 id = selectedId())
            emit openRequested(id);
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            emit openRequested(id);
    });
    connect(m_relatedButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            emit linkRequested(m_trackingId, id, RelatedCases::Link::Related);
    });
    connect(m_duplicateButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            emit linkRequested(m_trackingId, id, RelatedCases::Link::Duplicate);
    });
    connect(m_answerButton, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        const QString answer = id && m_related ? m_related->latestAnswer(id) : QString();
        if (!answer.isEmpty())
            emit answerRequested(m_trackingId, id, answer);
    });
    retranslate();
    fill();
}

RelatedCasesPanel::~RelatedCasesPanel() = default;

void RelatedCasesPanel::setDatabase(Database &db)
{
    m_related = std::make_unique<RelatedCases>(db);
}

void RelatedCasesPanel::showCase(qint64 trackingId)
{
    const qint64 selected = trackingId == m_trackingId ? selectedId() : 0;
    m_trackingId = trackingId;
    m_found.clear();
    m_error.clear();
    if (trackingId && m_related) {
        if (auto found = m_related->find(trackingId, &m_error))
            m_found = *found;
    }
    fill();
    if (selected)
        select(selected);
    emit countChanged(count());
}

void RelatedCasesPanel::fill()
{
    m_list->clear();
    for (const RelatedCase &r : std::as_const(m_found)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(Number, Qt::UserRole, r.trackingId);
        item->setText(Number, QStringLiteral("#%1").arg(r.trackingId));
        item->setText(Title, r.title);
        item->setToolTip(Title, r.title);
        item->setText(State, Status::label(r.status));
        // The reasons never name a reporter: RelatedCase holds no identity.
        item->setText(Why, r.reasons().join(QLatin1Char('\n')));
        item->setToolTip(Why, r.reasons().join(QStringLiteral(" · ")));
    }
    // With nothing listed only the sentence that says so is shown: an empty list and four
    // disabled buttons would only make the case view taller.
    const bool rows = !m_found.isEmpty();
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_list, m_relatedButton, m_duplicateButton, m_answerButton, m_openButton })
        widget->setVisible(rows);
    if (!m_error.isEmpty())
        m_intro->setText(tr("Laporan terkait tidak dapat dicari: %1").arg(m_error));
    else if (m_trackingId && m_found.isEmpty())
        m_intro->setText(tr("Tidak ada laporan lain di komputer ini yang tampak membahas hal "
                            "yang sama."));
    else
        m_intro->clear();
    m_intro->setVisible(!rows && !m_intro->text().isEmpty());
    updateButtons();
}

bool RelatedCasesPanel::select(qint64 otherId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(Number, Qt::UserRole).toLongLong() == otherId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

qint64 RelatedCasesPanel::selectedId() const
{
    const auto selected = m_list->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Number, Qt::UserRole).toLongLong();
}

void RelatedCasesPanel::updateButtons()
{
    const qint64 id = selectedId();
    const RelatedCase *r = nullptr;
    for (const RelatedCase &candidate : std::as_const(m_found)) {
        if (candidate.trackingId == id)
            r = &candidate;
    }
    for (auto *button : { m_relatedButton, m_duplicateButton, m_openButton })
        button->setEnabled(r != nullptr);
    // A rahasia case's answer stays with it; an answer that is not there cannot be used.
    const bool answer
        = r && !r->confidential && m_related && !m_related->latestAnswer(r->trackingId).isEmpty();
    m_answerButton->setEnabled(answer);
    m_answerButton->setToolTip(
        !r                    ? QString()
            : r->confidential ? tr("Jawaban laporan rahasia tidak dipakai untuk laporan lain.")
            : answer          ? tr("Draf baru laporan ini dimulai dari jawaban terakhir laporan "
                                            "#%1. Periksa dan sesuaikan: jawaban itu ditulis untuk pelapor "
                                            "lain.")
                           .arg(r->trackingId)
                     : tr("Laporan #%1 belum punya jawaban.").arg(r->trackingId));
}

void RelatedCasesPanel::retranslate()
{
    m_list->setHeaderLabels({ tr("Nomor"), tr("Judul"), tr("Alasan"), tr("Status") });
    m_list->setAccessibleName(tr("Laporan terkait"));
    m_list->setAccessibleDescription(
        tr("Pilih satu untuk menautkannya sebagai terkait atau duplikat (dicatat sebagai "
           "catatan internal), atau untuk memakai jawabannya sebagai awal draf baru."));
    m_list->setToolTip(m_list->accessibleDescription());
    m_intro->setAccessibleName(tr("Keterangan laporan terkait"));
    m_relatedButton->setText(tr("Tandai &terkait"));
    m_relatedButton->setAccessibleName(tr("Tautkan laporan terpilih sebagai terkait"));
    m_relatedButton->setAccessibleDescription(
        tr("Mencatat tautan sebagai catatan internal laporan ini; dikirim saat sinkron."));
    m_duplicateButton->setText(tr("Tandai &duplikat"));
    m_duplicateButton->setAccessibleName(tr("Tautkan laporan terpilih sebagai duplikat"));
    m_duplicateButton->setAccessibleDescription(
        tr("Mencatat bahwa laporan terpilih sama dengan laporan ini, sebagai catatan internal."));
    m_answerButton->setText(tr("Pakai &jawaban"));
    m_answerButton->setAccessibleName(tr("Mulai draf baru dari jawaban laporan terpilih"));
    m_answerButton->setAccessibleDescription(
        tr("Membuka editor dengan jawaban terakhir laporan terpilih sebagai awal teks."));
    m_openButton->setText(tr("B&uka"));
    m_openButton->setAccessibleName(tr("Buka laporan terpilih"));
    m_openButton->setAccessibleDescription(tr("Menampilkan laporan terpilih di panel laporan."));
    if (m_trackingId)
        fill();
}

void RelatedCasesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lapor
