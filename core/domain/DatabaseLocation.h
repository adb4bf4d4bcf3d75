#pragma once

#include <QString>
#include <QUrl>

namespace ClaimDesk {

// Which database to open: a local SQLite file, or a PostgreSQL server (team mode).
struct DatabaseLocation
{
    QString sqlitePath;
    QUrl postgresUrl;
    // How long a writer waits for another process's lock before giving up.
    int busyTimeoutMs = 5000;

    bool isPostgres() const { return !postgresUrl.isEmpty(); }
    // For the status bar and error messages (never includes a password).
    QString displayName() const;

    static DatabaseLocation sqlite(const QString& path);
    // claimdesk.sqlite in the user's data directory.
    static DatabaseLocation defaultLocation();
};

} // namespace ClaimDesk
