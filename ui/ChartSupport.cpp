#include "ChartSupport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QToolTip>
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

namespace {

qreal largestValue(const QAbstractBarSeries* series)
{
    qreal largest = 0;
    for (const QBarSet* set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            largest = std::max(largest, set->at(i));
    }
    return largest;
}

} // namespace

void addBars(QChart* chart, QAbstractBarSeries* series, const QStringList& categories)
{
    const bool horizontal = qobject_cast<QHorizontalBarSeries*>(series) != nullptr;
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (!horizontal && categories.size() > 14) {
        categoryAxis->setLabelsAngle(-90);
        QFont small = categoryAxis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        categoryAxis->setLabelsFont(small);
    }
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    const qreal largest = largestValue(series);
    if (largest > 0) {
        valueAxis->setRange(0, largest);
        valueAxis->applyNiceNumbers();
    } else {
        valueAxis->setRange(0, 1); // nothing to show: no NaN from a zero range
        valueAxis->setTickCount(2);
    }
}

void tipBars(QBarSet* set, std::function<QString(int index)> text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text = std::move(text)](bool over, int index) {
        if (over)
            QToolTip::showText(QCursor::pos(), text(index));
        else
            QToolTip::hideText();
    });
}

} // namespace ClaimDesk::Charts
