#pragma once

#include "models/casefilter.h"
#include "store/inboxlookup.h"

#include <QWidget>

#include <memory>

class QComboBox;

namespace Ui {
class FilterBar;
}

namespace lapor {

// The inbox filters (status, SLA state, category, unit, assignee, received dates). It
// edits only those fields of a CaseFilter; the view and the search text belong to the
// sidebar and the search box.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // Units and assignees offered; categories come from the published category tree.
    void setOptions(const QList<InboxLookup::Entry> &units,
                    const QList<InboxLookup::Entry> &assignees);
    bool hasOptions() const { return m_hasOptions; }

    // Copies this bar's fields into `filter`, leaving the others as they are.
    void applyTo(CaseFilter &filter) const;
    void setFrom(const CaseFilter &filter);
    int activeCount() const;
    void clear();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFixedOptions();
    static void selectData(QComboBox *combo, const QVariant &value);

    std::unique_ptr<Ui::FilterBar> m_ui;
    bool m_hasOptions = false;
    bool m_updating = false;
};

} // namespace lapor
