#include "extract/MerchantModel.h"

#include "extract/ExtractTr.h"
#include "extract/LearnedResources.h"
#include "logging/LogCategories.h"

#include <QFile>
#include <QJsonDocument>

namespace ClaimDesk {

QStringList MerchantModel::featureNames()
{
    return { QStringLiteral("company_word"), QStringLiteral("first_legal_suffix"),
        QStringLiteral("later_legal_suffix"), QStringLiteral("registration_beside"),
        QStringLiteral("registration_below"), QStringLiteral("registration_below_labelled"),
        QStringLiteral("country_only"), QStringLiteral("owner"), QStringLiteral("not_merchant"),
        QStringLiteral("document_title"), QStringLiteral("lower_case"),
        QStringLiteral("print_size"), QStringLiteral("row_index"), QStringLiteral("letter_share"),
        QStringLiteral("confidence"), QStringLiteral("wordlike_share") };
}

LinearModel MerchantModel::written()
{
    // the constant terms of the hand score: letters against 0.5, confidence
    // against 0.75, words against 0.7
    return LinearModel(featureNames(),
        { 4, 2, 0, 4, 4, 2, -5, -4, -5, -6, -3, 2, -0.35, 1.5, 4, 2 }, -0.75 - 3.0 - 1.4);
}

const LinearModel& MerchantModel::shipped()
{
    static const LinearModel model = [] {
        registerLearnedResources();
        QFile f(QStringLiteral(":/models/receipt-merchant.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const LinearModel learned = LinearModel::fromJson(
                featureNames(), QJsonDocument::fromJson(f.readAll()).object());
            if (learned.isValid())
                return learned;
        }
        qCWarning(lcExtraction).noquote() << ExtractTr::tr(
            "The learned weights that choose a receipt's merchant could not be read; the "
            "written ones are used.");
        return written();
    }();
    return model;
}

} // namespace ClaimDesk
