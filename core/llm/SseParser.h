#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ClaimDesk {

// One server-sent event: its type ("message" unless the server named one) and
// its data lines joined by newlines.
struct SseEvent
{
    QString event;
    QByteArray data;
};

// Incremental parser for a text/event-stream body (the WHATWG rules that the
// model APIs use): bytes go in as the network delivers them, complete events
// come out. Lines may end in LF, CR LF or CR, and may be split anywhere.
class SseParser final
{
public:
    QList<SseEvent> feed(const QByteArray& bytes);
    // True when bytes of an unfinished event are waiting (a stream that ends so
    // was cut mid-event).
    bool hasPartialEvent() const;

private:
    void takeLine(QByteArray line, QList<SseEvent>& out);

    QByteArray m_buffer;
    QString m_event;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_pendingCr = false;
};

} // namespace ClaimDesk
