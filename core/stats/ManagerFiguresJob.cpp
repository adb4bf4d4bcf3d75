#include "ManagerFiguresJob.h"

namespace ClaimDesk {

ManagerFiguresJob::ManagerFiguresJob(DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_read(
          std::move(location), &ManagerFigures::compute, [this](const Result<ManagerFigures>& r) {
              if (r)
                  Q_EMIT ready(*r);
              else
                  Q_EMIT failed(r.error());
          })
{ }

void ManagerFiguresJob::request(const FigureFilter& filter)
{
    m_read.request(filter);
}

} // namespace ClaimDesk
