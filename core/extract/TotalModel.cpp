#include "extract/TotalModel.h"

#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/ml.hpp>

namespace ClaimDesk {

namespace {

// Weights are stored rounded, so that training again on the same readings
// writes the same file.
double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

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

TotalModel TotalModel::written()
{
    TotalModel m;
    const double w[FeatureCount] = { 5, 2, -2, -7, -3, -5, -5, -8, -6, -1, -1, -4, -10, -2, -1, 3,
        0.6, 3, 2, 3, 1, 1.5, 4, 1, 0.5, 0 };
    std::copy(std::begin(w), std::end(w), m.m_weights.begin());
    m.m_valid = true;
    return m;
}

TotalModel TotalModel::train(const QList<Features>& x, const QList<int>& y)
{
    TotalModel m;
    if (x.isEmpty() || x.size() != y.size())
        return m;
    cv::Mat samples(int(x.size()), FeatureCount, CV_32F);
    cv::Mat labels(int(y.size()), 1, CV_32F);
    for (int i = 0; i < x.size(); ++i) {
        for (int j = 0; j < FeatureCount; ++j)
            samples.at<float>(i, j) = x[i][j];
        labels.at<float>(i, 0) = float(y[i]);
    }
    cv::Ptr<cv::ml::LogisticRegression> lr = cv::ml::LogisticRegression::create();
    // OpenCV's batch gradient descent divides its step by the sample count on
    // top of the mean gradient: a rate of 0.5 per sample is a step of 0.5
    lr->setLearningRate(0.5 * double(x.size()));
    lr->setIterations(10000);
    lr->setRegularization(cv::ml::LogisticRegression::REG_DISABLE);
    lr->setTrainMethod(cv::ml::LogisticRegression::BATCH);
    if (!lr->train(samples, cv::ml::ROW_SAMPLE, labels))
        return m;
    // one row of thetas for two classes: the bias, then one weight per feature
    const cv::Mat thetas = lr->get_learnt_thetas();
    if (thetas.cols != FeatureCount + 1)
        return m;
    m.m_bias = rounded(thetas.at<float>(0, 0));
    for (int j = 0; j < FeatureCount; ++j)
        m.m_weights[j] = rounded(thetas.at<float>(0, j + 1));
    int positives = 0;
    for (int v : y)
        positives += v;
    m.m_trainedOn
        = { { QStringLiteral("amounts"), int(y.size()) }, { QStringLiteral("totals"), positives } };
    m.m_valid = true;
    return m;
}

TotalModel TotalModel::fromJson(const QJsonObject& json)
{
    TotalModel m;
    const QJsonObject weights = json.value(QStringLiteral("weights")).toObject();
    const QStringList names = featureNames();
    for (int j = 0; j < FeatureCount; ++j) {
        const QJsonValue v = weights.value(names[j]);
        if (!v.isDouble())
            return {};
        m.m_weights[j] = v.toDouble();
    }
    m.m_bias = json.value(QStringLiteral("bias")).toDouble();
    m.m_trainedOn = json.value(QStringLiteral("trained_on")).toObject();
    m.m_valid = true;
    return m;
}

QJsonObject TotalModel::toJson() const
{
    QJsonObject weights;
    const QStringList names = featureNames();
    for (int j = 0; j < FeatureCount; ++j)
        weights.insert(names[j], m_weights[j]);
    return { { QStringLiteral("bias"), m_bias }, { QStringLiteral("weights"), weights },
        { QStringLiteral("trained_on"), m_trainedOn } };
}

double TotalModel::score(const Features& f) const
{
    double s = m_bias;
    for (int j = 0; j < FeatureCount; ++j)
        s += m_weights[j] * f[j];
    return s;
}

} // namespace ClaimDesk
