#pragma once

#include <QStringList>

class QBarSeries;
class QChart;

namespace ClaimDesk::Charts {

// Removes what a chart showed (series and axes), keeping the chart: a view owns
// its chart, and replacing it would need the old one deleted by hand.
void clear(QChart* chart);

// Adds bars over categories with a value axis from zero; labels turn vertical
// (and smaller) when there are many categories, such as one per day.
void addBars(QChart* chart, QBarSeries* series, const QStringList& categories);

} // namespace ClaimDesk::Charts
