#pragma once

#include "domain/DatabaseLocation.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace ClaimDesk {

// What other desks change on a team book, as it happens: the server announces
// every statement that files or changes claims or their documents (LISTEN/NOTIFY,
// installed by `team init`), and the feed passes it on within a second, with the
// claims concerned and who changed them. On a desk's SQLite file nobody else
// writes, and the feed stays silent.
//
// Owned on the UI thread; listens on a connection of its own, on a thread of its
// own, so a slow or lost server never holds the window. A lost connection is
// reported (serverLost) and tried again with a growing pause (1, 2, 4 ... 30 s);
// serverBack says when it is there again (whatever changed meanwhile: refresh all).
class ClaimChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimChangeFeed)

public:
    explicit ClaimChangeFeed(DatabaseLocation location, QObject* parent = nullptr);
    ~ClaimChangeFeed() override;

    // The channel the server announces on (TeamSchema's triggers).
    static QString channel();

Q_SIGNALS:
    // The feed hears the server (first, and after each loss).
    void listening();
    // `claimIds` empty: too many to name (a rescore); take everything as changed.
    void claimsChanged(const QStringList& claimIds, const QString& by);
    void serverLost(const QString& why);
    void serverBack();

private:
    QThread m_thread;
    QObject* m_listener = nullptr; // lives on m_thread
};

} // namespace ClaimDesk
