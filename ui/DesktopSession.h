#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace ClaimDesk {

class AppLogSink;
class MainWindow;

// The desktop app from start to quit: opens the database (offering another file
// when it cannot), loads the rule set in force, shows the main window, and
// reopens everything when the user switches database.
class DesktopSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopSession)

public:
    explicit DesktopSession(QObject* parent = nullptr);
    ~DesktopSession() override;

    // Opens `databasePath` (empty: the configured or default one). Returns false
    // if the user gave up (quit) on a database that cannot be opened.
    bool start(const QString& databasePath);
    MainWindow* window() const { return m_window.get(); }

private:
    bool open(QString path);

    std::unique_ptr<AppLogSink> m_log;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ClaimDesk
