#include "BookCountsJob.h"

namespace ClaimDesk {

BookCountsJob::BookCountsJob(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_read(
          std::move(location),
          [](const Database& db, std::monostate) { return BookCounts::read(db); },
          [this](const Result<BookCounts>& r) {
              if (r)
                  Q_EMIT ready(*r);
              else
                  Q_EMIT failed(r.error());
          })
{ }

void BookCountsJob::request()
{
    m_read.request({});
}

} // namespace ClaimDesk
