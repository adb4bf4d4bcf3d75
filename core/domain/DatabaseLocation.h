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
    // Who works on this book: the URL's user on PostgreSQL (else libpq's
    // default, $PGUSER or the system login), the system login on a SQLite file.
    // The server's session_user is the last word (Database::login).
    QString login() const;
    // The operating-system login of this process (not $USER, which anyone may set).
    static QString systemLogin();

    static DatabaseLocation sqlite(const QString& path);
    // A postgresql:// (or postgres://) URL names a team book; anything else a file.
    static DatabaseLocation fromString(const QString& pathOrUrl);
    // claimdesk.sqlite in the user's data directory.
    static DatabaseLocation defaultLocation();
    // The book the desk chose in its settings (a file or an address); empty: the
    // default location.
    static QString chosenPath();
    static void setChosenPath(const QString& path);
};

} // namespace ClaimDesk
