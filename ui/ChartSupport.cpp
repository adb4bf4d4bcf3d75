#include "ChartSupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QValueAxis>

namespace ClaimDesk::Charts {

void clear(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void addBars(QChart* chart, QBarSeries* series, const QStringList& categories)
{
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    if (categories.size() > 14) {
        x->setLabelsAngle(-90);
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        x->setLabelsFont(small);
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setMin(0);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers();
}

} // namespace ClaimDesk::Charts
