#pragma once

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace lapor {

class Database;

// Merges the search index (SearchMerge) on a thread of its own with a connection of its
// own (Database::openSibling), a short step at a time, while the desk is otherwise in use
// (docs/store.md, "Merging the search index").
//
//   SearchMerger merger(db);
//   merger.start();   // after a sync, and when the desk opens a store
//   merger.pause();   // before the next sync: it stops after its current step
//
// Between steps it lets any other writer of the desk go first (Database::writerWaiting)
// and leaves the store alone for kPauseMs, so that another process's writes find a gap.
// finished() follows once nothing is left to merge, or when the store refused a step.
class SearchMerger : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPauseMs = 20;

    explicit SearchMerger(Database &store, QObject *parent = nullptr);
    // Waits for the current step.
    ~SearchMerger() override;

    // Starts merging, or goes on if a pause() has not stopped it yet. Returns at once.
    void start();
    // Asks the merging to stop after its current step. Returns at once.
    void pause();
    // True from start() until the thread has stopped.
    bool isRunning() const;
    // Waits until the thread has stopped (tests and benchmarks).
    void wait();

signals:
    // `ok` false with the store's error; `steps`: the steps that merged something.
    void finished(bool ok, const QString &error, int steps);
    void log(const QString &line);

private:
    void run(const QStringList &limits);
    // Between two steps: false once a pause() asked to stop.
    bool rest();

    Database &m_store;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_wanted = false;
    bool m_running = false;
};

} // namespace lapor
