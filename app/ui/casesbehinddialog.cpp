#include "casesbehinddialog.h"

#include "accessible.h"
#include "models/caselistmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace lapor {

CasesBehindDialog::CasesBehindDialog(Database &db, const WorkingCalendar &calendar,
                                     const CaseFilter &filter, const QDateTime &now,
                                     const QString &title, QWidget *parent)
    : QDialog(parent)
{
    // Built in code: its only content is a list whose size follows the figure.
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 480);
    m_model = new CaseListModel(db, calendar, this);
    m_model->setNow(now);
    m_model->setFilter(filter);

    auto *layout = new QVBoxLayout(this);
    auto *count = new QLabel(
        tr("%n laporan. Klik dua kali untuk membuka.", nullptr, m_model->rowCount()), this);
    count->setTextFormat(Qt::PlainText);
    layout->addWidget(count);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(title);
    m_table->setAccessibleDescription(tr("Laporan di balik angka ini. Tekan Enter untuk membuka."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseListModel::ReceivedColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CaseListModel::TitleColumn, 280);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Accessible::describeButtons(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
}

void CasesBehindDialog::openRow(int row)
{
    const qint64 id = m_model->trackingIdAt(row);
    if (id > 0)
        emit openCaseRequested(QString::number(id));
}

} // namespace lapor
