#include "searchmerger.h"

#include "store/database.h"
#include "store/searchmerge.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

namespace lapor {

SearchMerger::SearchMerger(Database &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

SearchMerger::~SearchMerger()
{
    pause();
    if (m_thread)
        m_thread->wait();
}

void SearchMerger::start()
{
    QMutexLocker lock(&m_mutex);
    m_wanted = true;
    if (m_running)
        return; // a pause() not yet seen by the thread is taken back
    m_running = true;
    lock.unlock();
    if (m_thread)
        m_thread->wait(); // it has stopped, or is about to
    m_thread.reset(QThread::create([this, limits = m_store.limits()] { run(limits); }));
    m_thread->setObjectName(QStringLiteral("lapor-searchmerger"));
    m_thread->start(QThread::LowPriority);
}

void SearchMerger::pause()
{
    QMutexLocker lock(&m_mutex);
    m_wanted = false;
    m_wake.wakeAll();
}

bool SearchMerger::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_running;
}

void SearchMerger::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool SearchMerger::rest()
{
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer pause(kPauseMs);
    while (m_wanted && !pause.hasExpired())
        m_wake.wait(&m_mutex, pause);
    // Another writer of the desk goes first: it waits for one step at most.
    while (m_wanted && Database::writerWaiting())
        m_wake.wait(&m_mutex, QDeadlineTimer(kPauseMs));
    if (!m_wanted)
        m_running = false;
    return m_wanted;
}

void SearchMerger::run(const QStringList &limits)
{
    auto opened = Database::openSibling(m_store.path(), limits);
    QString error = opened.message;
    SearchMerge::Step step = SearchMerge::Step::Failed;
    int steps = 0;
    if (opened.database) {
        QElapsedTimer clock;
        clock.start();
        SearchMerge merge(*opened.database);
        step = SearchMerge::Step::More;
        while (step == SearchMerge::Step::More && rest())
            step = merge.step(&error);
        if (step == SearchMerge::Step::More)
            return; // paused, and rest() said so: the next start() goes on from here
        steps = merge.steps();
        if (step == SearchMerge::Step::Done && steps > 0) {
            emit log(QStringLiteral("search index merged in %1 steps and %2 ms, %3 segments left")
                         .arg(steps)
                         .arg(clock.elapsed())
                         .arg(SearchMerge::segmentCount(*opened.database)));
        }
    }
    const bool ok = step == SearchMerge::Step::Done;
    if (!ok)
        emit log(QStringLiteral("search index not merged: %1").arg(error));
    {
        QMutexLocker lock(&m_mutex);
        m_running = false;
    }
    emit finished(ok, error, steps);
}

} // namespace lapor
