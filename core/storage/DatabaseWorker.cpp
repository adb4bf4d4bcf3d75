#include "storage/DatabaseWorker.h"

#include <QtConcurrent>

namespace ClaimDesk {

DatabaseWorker::DatabaseWorker(DatabaseLocation location, Kind kind)
    : m_location(std::move(location))
    , m_kind(kind)
{
    // One thread that never expires: the work keeps its order and its connection.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

DatabaseWorker::~DatabaseWorker()
{
    m_closing = true;
    // The connection belongs to the worker: it is closed there, after the last piece.
    (void)QtConcurrent::run(&m_pool, [this] { m_connection.reset(); });
    m_pool.waitForDone();
}

void DatabaseWorker::run(std::function<void()> task)
{
    (void)QtConcurrent::run(&m_pool, [this, task = std::move(task)] {
        if (m_closing && m_kind == Kind::ReadsOnly)
            return; // a read nobody will see
        task();
    });
}

const Result<Database>& DatabaseWorker::connection()
{
    // A connection that failed to open is tried again by the next piece.
    if (!m_connection || !*m_connection)
        m_connection = Database::open(m_location);
    return *m_connection;
}

} // namespace ClaimDesk
