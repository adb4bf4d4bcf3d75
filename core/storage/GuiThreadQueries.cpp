#include "storage/GuiThreadQueries.h"

#include <QCoreApplication>
#include <QThread>

namespace ClaimDesk::GuiThreadQueries {

namespace {

bool onMainThread()
{
    const QCoreApplication* app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

Watcher& watcher()
{
    static Watcher w; // touched on the main thread only
    return w;
}

} // namespace

Watcher setWatcher(Watcher w)
{
    Q_ASSERT(onMainThread());
    return std::exchange(watcher(), std::move(w));
}

void notice(const QString& sql, const QSqlDriver* driver)
{
    if (onMainThread() && watcher())
        watcher()(sql, driver);
}

} // namespace ClaimDesk::GuiThreadQueries
