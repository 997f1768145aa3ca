#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lapor {

class Database;

// The inbox's notice that records from the hub were set aside: "3 catatan dari hub
// tidak dapat dibaca" with a button to their details. Hidden while there are none.
class QuarantineNotice : public QFrame
{
    Q_OBJECT

public:
    explicit QuarantineNotice(Database &db, QWidget *parent = nullptr);

    // Re-reads the store, e.g. after a sync.
    void refresh();
    int count() const { return m_count; }
    // Opens the details; the dialog deletes itself when closed.
    void showDetails();

private:
    void retranslate();

    Database &m_db;
    QLabel *m_text;
    QPushButton *m_details;
    int m_count = 0;
};

} // namespace lapor
