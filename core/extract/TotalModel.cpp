#include "extract/TotalModel.h"

namespace ClaimDesk {

QStringList TotalModel::featureNames()
{
    return { QStringLiteral("total_label"), QStringLiteral("strong_total_label"),
        QStringLiteral("subtotal_label"), QStringLiteral("tax_label"),
        QStringLiteral("exclusive_label"), QStringLiteral("discount_label"),
        QStringLiteral("quantity_label"), QStringLiteral("change_label"),
        QStringLiteral("rounding_label"), QStringLiteral("tender_label"),
        QStringLiteral("label_on_row_above"), QStringLiteral("no_cents"),
        QStringLiteral("not_positive"), QStringLiteral("in_table_row"),
        QStringLiteral("second_in_row"), QStringLiteral("tax_summary_gross"),
        QStringLiteral("recurs"), QStringLiteral("cash_minus_change"),
        QStringLiteral("cash_minus_change_labelled"), QStringLiteral("adds_up"),
        QStringLiteral("items_sum_labelled"), QStringLiteral("items_sum_unlabelled"),
        QStringLiteral("items_sum_many_unlabelled"), QStringLiteral("larger_print"),
        QStringLiteral("low_on_page"), QStringLiteral("largest"),
        QStringLiteral("last_total_labelled") };
}

LinearModel TotalModel::written()
{
    return LinearModel(featureNames(),
        { 5, 2, -2, -7, -3, -5, -5, -8, -6, -1, -1, -4, -10, -2, -1, 3, 0.6, 3, 2, 3, 1, 1.5, 4, 1,
            0.5, 0, 0 },
        0);
}

} // namespace ClaimDesk
