#pragma once

#include "store/relatedcases.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lapor {

class Database;

// "Laporan terkait" in the case view: up to five complaints in the store that are likely
// about the same thing (RelatedCases), each with why it matched, and what can be done
// with one: link it to this case as related or duplicate (an internal note), start a new
// draft from its published answer, or open it.
class RelatedCasesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedCasesPanel(QWidget *parent = nullptr);
    ~RelatedCasesPanel() override;

    void setDatabase(Database &db);
    // Looks the case's neighbours up again; empty for 0.
    void showCase(qint64 trackingId);
    qint64 trackingId() const { return m_trackingId; }
    int count() const { return int(m_found.size()); }
    // The listed case's row selected, for tests and keyboard users; false when not listed.
    bool select(qint64 otherId);
    qint64 selectedId() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *relatedButton() const { return m_relatedButton; }
    QPushButton *duplicateButton() const { return m_duplicateButton; }
    QPushButton *answerButton() const { return m_answerButton; }
    QPushButton *openButton() const { return m_openButton; }

signals:
    void linkRequested(qint64 trackingId, qint64 otherId, lapor::RelatedCases::Link link);
    // The other case's published answer, to start a new draft of this case from.
    void answerRequested(qint64 trackingId, qint64 otherId, const QString &answer);
    void openRequested(qint64 otherId);
    void countChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void fill();

    std::unique_ptr<RelatedCases> m_related;
    qint64 m_trackingId = 0;
    QList<RelatedCase> m_found;
    QString m_error;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_relatedButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_answerButton = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace lapor
