#pragma once

#include <QString>
#include <functional>

class QSqlDriver;

namespace ClaimDesk::GuiThreadQueries {

// Statements run on the application's main thread: the GUI thread of the desktop
// app, where a query makes the window wait (and, on a team book, waits for the
// network). Every statement run through Sql::exec is reported to the watcher when
// it runs on that thread; tests install a watcher that fails the running test or
// counts, the app installs none. Main thread only: the watcher is set and called
// there, never read from a worker. The driver tells whose connection ran it (a
// test's own connection, for its setup and checks, is not the code under test).
using Watcher = std::function<void(const QString& sql, const QSqlDriver* driver)>;

// Replaces the watcher; an empty one stops watching. Returns the one it replaced.
Watcher setWatcher(Watcher watcher);

// Called by Sql::exec before each statement.
void notice(const QString& sql, const QSqlDriver* driver);

} // namespace ClaimDesk::GuiThreadQueries
