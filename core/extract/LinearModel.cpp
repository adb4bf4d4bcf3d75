#include "extract/LinearModel.h"

#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/ml.hpp>

namespace ClaimDesk {

namespace {

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

LinearModel::LinearModel(QStringList names, QList<double> weights, double bias)
    : m_names(std::move(names))
    , m_weights(std::move(weights))
    , m_bias(bias)
    , m_valid(m_weights.size() == m_names.size())
{ }

LinearModel LinearModel::trainFlat(
    const QStringList& names, const QList<float>& x, const QList<int>& y)
{
    const int columns = int(names.size());
    if (y.isEmpty() || columns == 0 || x.size() != y.size() * columns)
        return {};
    cv::Mat samples(int(y.size()), columns, CV_32F);
    cv::Mat labels(int(y.size()), 1, CV_32F);
    for (int i = 0; i < y.size(); ++i) {
        for (int j = 0; j < columns; ++j)
            samples.at<float>(i, j) = x[i * columns + j];
        labels.at<float>(i, 0) = float(y[i]);
    }
    cv::Ptr<cv::ml::LogisticRegression> lr = cv::ml::LogisticRegression::create();
    // OpenCV's batch gradient descent divides its step by the sample count on
    // top of the mean gradient: a rate of 0.5 per sample is a step of 0.5
    lr->setLearningRate(0.5 * double(y.size()));
    lr->setIterations(10000);
    lr->setRegularization(cv::ml::LogisticRegression::REG_DISABLE);
    lr->setTrainMethod(cv::ml::LogisticRegression::BATCH);
    if (!lr->train(samples, cv::ml::ROW_SAMPLE, labels))
        return {};
    // one row of thetas for two classes: the bias, then one weight per feature
    const cv::Mat thetas = lr->get_learnt_thetas();
    if (thetas.cols != columns + 1)
        return {};
    QList<double> weights;
    for (int j = 0; j < columns; ++j)
        weights << rounded(thetas.at<float>(0, j + 1));
    LinearModel m(names, weights, rounded(thetas.at<float>(0, 0)));
    int positives = 0;
    for (int v : y)
        positives += v;
    m.m_trainedOn = { { QStringLiteral("candidates"), int(y.size()) },
        { QStringLiteral("right"), positives } };
    return m;
}

LinearModel LinearModel::fromJson(const QStringList& names, const QJsonObject& json)
{
    const QJsonObject weights = json.value(QStringLiteral("weights")).toObject();
    QList<double> w;
    for (const QString& name : names) {
        const QJsonValue v = weights.value(name);
        if (!v.isDouble())
            return {};
        w << v.toDouble();
    }
    LinearModel m(names, w, json.value(QStringLiteral("bias")).toDouble());
    m.m_trainedOn = json.value(QStringLiteral("trained_on")).toObject();
    return m;
}

QJsonObject LinearModel::toJson() const
{
    QJsonObject weights;
    for (int j = 0; j < m_names.size(); ++j)
        weights.insert(m_names[j], m_weights[j]);
    return { { QStringLiteral("bias"), m_bias }, { QStringLiteral("weights"), weights },
        { QStringLiteral("trained_on"), m_trainedOn } };
}

double LinearModel::score(std::span<const float> features) const
{
    double s = m_bias;
    const qsizetype n = std::min<qsizetype>(m_weights.size(), qsizetype(features.size()));
    for (qsizetype j = 0; j < n; ++j)
        s += m_weights[j] * features[j];
    return s;
}

} // namespace ClaimDesk
