#pragma once

#include <QStringList>
#include <functional>

class QAbstractBarSeries;
class QBarSet;
class QChart;

namespace ClaimDesk::Charts {

// Removes what a chart showed (series and axes), keeping the chart: a view owns
// its chart, and replacing it would need the old one deleted by hand.
void clear(QChart* chart);

// Adds bars over categories with a value axis from zero, its numbers in the
// interface's locale (separators); labels turn vertical (and smaller) when there
// are many categories, such as one per day. Horizontal bars (QHorizontalBarSeries)
// put the categories on the left, where a label has the room it needs. All bars
// at zero still give a sound axis (0 to 1).
void addBars(QChart* chart, QAbstractBarSeries* series, const QStringList& categories);

// Shows text(index) as a tooltip while the pointer is over a bar of the set.
void tipBars(QBarSet* set, std::function<QString(int index)> text);

} // namespace ClaimDesk::Charts
