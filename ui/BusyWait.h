#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

namespace ClaimDesk {

// Runs `work` on the thread pool and waits for its answer with the event loop
// running (the window repaints; input is held by a modal busy dialog, shown
// only if the wait passes 400 ms, without a Cancel: what it waits for is left
// whole or not started). For the few steps the desktop cannot go on without:
// opening a book, reading or saving the rules it decides by.
template<typename Answer, typename Work>
Answer waitOffThisThread(const QString& busyText, Work work)
{
    QFutureWatcher<Answer> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished()) {
        QProgressDialog busy(busyText, QString(), 0, 0);
        busy.setWindowTitle(QCoreApplication::applicationName());
        busy.setCancelButton(nullptr);
        busy.setMinimumDuration(400);
        busy.setWindowModality(Qt::ApplicationModal);
        busy.setValue(0); // shows it once the minimum duration has passed
        loop.exec();
    }
    return watcher.result();
}

} // namespace ClaimDesk
