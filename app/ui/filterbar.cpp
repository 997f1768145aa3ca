#include "filterbar.h"

#include "core/categories.h"
#include "ui_filterbar.h"

namespace lapor {

namespace {

// The SLA combo's data: the state as int, or -1 for "any".
constexpr int kAny = -1;

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilterBar>())
{
    m_ui->setupUi(this);
    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addMonths(-1));
    m_ui->toDate->setDate(today);
    fillFixedOptions();

    auto emitChanged = [this] {
        if (!m_updating)
            emit changed();
    };
    for (auto *combo : { m_ui->statusCombo, m_ui->slaCombo, m_ui->categoryCombo, m_ui->unitCombo,
                         m_ui->assigneeCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_ui->dateCheck, &QCheckBox::toggled, this, [this, emitChanged](bool on) {
        m_ui->fromDate->setEnabled(on);
        m_ui->toDate->setEnabled(on);
        emitChanged();
    });
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] {
        clear();
        emit changed();
    });
}

FilterBar::~FilterBar() = default;

void FilterBar::fillFixedOptions()
{
    const bool was = m_updating;
    m_updating = true;
    const QVariant status = m_ui->statusCombo->currentData();
    m_ui->statusCombo->clear();
    m_ui->statusCombo->addItem(tr("Semua status"), QString());
    for (auto s : Status::all())
        m_ui->statusCombo->addItem(Status::label(s), Status::key(s));
    selectData(m_ui->statusCombo, status);

    const QVariant sla = m_ui->slaCombo->currentData();
    m_ui->slaCombo->clear();
    m_ui->slaCombo->addItem(tr("Semua tenggat"), kAny);
    m_ui->slaCombo->addItem(tr("Sesuai jadwal"), int(Deadlines::SlaState::OnTrack));
    m_ui->slaCombo->addItem(tr("Jatuh tempo ≤ 2 hari kerja"), int(Deadlines::SlaState::DueSoon));
    m_ui->slaCombo->addItem(tr("Terlambat"), int(Deadlines::SlaState::Overdue));
    m_ui->slaCombo->addItem(tr("Tanpa tenggat"), int(Deadlines::SlaState::None));
    selectData(m_ui->slaCombo, sla);

    const QVariant category = m_ui->categoryCombo->currentData();
    m_ui->categoryCombo->clear();
    m_ui->categoryCombo->addItem(tr("Semua kategori"), QString());
    for (const auto &c : Categories::all())
        m_ui->categoryCombo->addItem(c.name, c.name);
    selectData(m_ui->categoryCombo, category);
    m_updating = was;
}

void FilterBar::setOptions(const QList<InboxLookup::Entry> &units,
                           const QList<InboxLookup::Entry> &assignees)
{
    m_updating = true;
    auto fill = [](QComboBox *combo, const QString &anyText,
                   const QList<InboxLookup::Entry> &entries) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(anyText, QString());
        for (const auto &e : entries)
            combo->addItem(e.name, e.id);
        // A saved view may name a unit this store no longer holds: keep it selectable.
        if (current.isValid() && !current.toString().isEmpty() && combo->findData(current) < 0)
            combo->addItem(current.toString(), current);
        selectData(combo, current);
    };
    fill(m_ui->unitCombo, tr("Semua unit"), units);
    fill(m_ui->assigneeCombo, tr("Semua petugas"), assignees);
    m_hasOptions = true;
    m_updating = false;
}

void FilterBar::selectData(QComboBox *combo, const QVariant &value)
{
    int index = value.isValid() ? combo->findData(value) : 0;
    if (index < 0 && value.isValid() && !value.toString().isEmpty()
        && value.typeId() == QMetaType::QString) {
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
}

void FilterBar::applyTo(CaseFilter &filter) const
{
    filter.statuses.clear();
    if (auto status = Status::fromKey(m_ui->statusCombo->currentData().toString()))
        filter.statuses.append(*status);
    filter.slaStates.clear();
    if (const int sla = m_ui->slaCombo->currentData().toInt(); sla != kAny)
        filter.slaStates.append(Deadlines::SlaState(sla));
    filter.category = m_ui->categoryCombo->currentData().toString();
    filter.unitId = m_ui->unitCombo->currentData().toString();
    filter.assigneeId = m_ui->assigneeCombo->currentData().toString();
    const bool dates = m_ui->dateCheck->isChecked();
    filter.receivedFrom = dates ? m_ui->fromDate->date() : QDate();
    filter.receivedTo = dates ? m_ui->toDate->date() : QDate();
}

void FilterBar::setFrom(const CaseFilter &filter)
{
    m_updating = true;
    selectData(m_ui->statusCombo,
               filter.statuses.isEmpty() ? QVariant(QString())
                                         : QVariant(Status::key(filter.statuses.constFirst())));
    selectData(m_ui->slaCombo,
               filter.slaStates.isEmpty() ? kAny : int(filter.slaStates.constFirst()));
    selectData(m_ui->categoryCombo, filter.category);
    selectData(m_ui->unitCombo, filter.unitId);
    selectData(m_ui->assigneeCombo, filter.assigneeId);
    const bool dates = filter.receivedFrom.isValid() || filter.receivedTo.isValid();
    m_ui->dateCheck->setChecked(dates);
    m_ui->fromDate->setEnabled(dates);
    m_ui->toDate->setEnabled(dates);
    if (filter.receivedFrom.isValid())
        m_ui->fromDate->setDate(filter.receivedFrom);
    if (filter.receivedTo.isValid())
        m_ui->toDate->setDate(filter.receivedTo);
    m_updating = false;
}

int FilterBar::activeCount() const
{
    int n = 0;
    for (auto *combo : { m_ui->statusCombo, m_ui->slaCombo, m_ui->categoryCombo, m_ui->unitCombo,
                         m_ui->assigneeCombo })
        n += combo->currentIndex() > 0 ? 1 : 0;
    return n + (m_ui->dateCheck->isChecked() ? 1 : 0);
}

void FilterBar::clear()
{
    setFrom(CaseFilter());
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFixedOptions();
    }
    QWidget::changeEvent(event);
}

} // namespace lapor
