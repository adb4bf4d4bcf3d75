#include "SseParser.h"

namespace ClaimDesk {

QList<SseEvent> SseParser::feed(const QByteArray& bytes)
{
    QList<SseEvent> out;
    for (char c : bytes) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n')
                continue; // the LF of a CR LF pair
        }
        if (c == '\r' || c == '\n') {
            m_pendingCr = c == '\r';
            takeLine(std::exchange(m_buffer, {}), out);
        } else {
            m_buffer.append(c);
        }
    }
    return out;
}

bool SseParser::hasPartialEvent() const
{
    return !m_buffer.isEmpty() || m_hasData || !m_event.isEmpty();
}

void SseParser::takeLine(QByteArray line, QList<SseEvent>& out)
{
    if (line.isEmpty()) { // blank line: dispatch
        if (m_hasData)
            out.append({ m_event.isEmpty() ? QStringLiteral("message") : m_event, m_data });
        m_event.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // comment (keep-alive)
    const qsizetype colon = line.indexOf(':');
    QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
    }
    // "id" and "retry" are not used by the model APIs.
}

} // namespace ClaimDesk
