#pragma once

#include "models/casefilter.h"

#include <QDialog>

class QTableView;

namespace lapor {

class CaseListModel;
class Database;
class WorkingCalendar;

// The cases behind a dashboard figure, in the inbox's own list model. Double-click (or
// Enter) asks the main window to open the case.
class CasesBehindDialog : public QDialog
{
    Q_OBJECT

public:
    CasesBehindDialog(Database &db, const WorkingCalendar &calendar, const CaseFilter &filter,
                      const QDateTime &now, const QString &title, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void openCaseRequested(const QString &trackingId);

private:
    void openRow(int row);

    CaseListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace lapor
