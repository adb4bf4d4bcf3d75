#include "extract/LinearModel.h"

#include <algorithm>
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
    , m_valid(!m_names.isEmpty() && m_weights.size() == m_names.size())
{ }

LinearModel LinearModel::trainFlat(
    const QStringList& names, const QList<float>& x, const QList<int>& y)
{
    const int columns = int(names.size());
    if (y.isEmpty() || columns == 0 || x.size() != y.size() * columns)
        return {};
    // OpenCV throws rather than fail on labels of one class
    const qsizetype positives = std::count(y.begin(), y.end(), 1);
    if (positives == 0 || positives + std::count(y.begin(), y.end(), 0) != y.size()
        || positives == y.size())
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
    try {
        if (!lr->train(samples, cv::ml::ROW_SAMPLE, labels))
            return {};
    } catch (const cv::Exception&) {
        return {};
    }
    // one row of thetas for two classes: the bias, then one weight per feature
    const cv::Mat thetas = lr->get_learnt_thetas();
    if (thetas.cols != columns + 1)
        return {};
    QList<double> weights;
    for (int j = 0; j < columns; ++j)
        weights << rounded(thetas.at<float>(0, j + 1));
    LinearModel m(names, weights, rounded(thetas.at<float>(0, 0)));
    m.m_trainedOn = { { QStringLiteral("candidates"), int(y.size()) },
        { QStringLiteral("right"), int(positives) } };
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
    const QJsonValue bias = json.value(QStringLiteral("bias"));
    if (!bias.isDouble())
        return {};
    LinearModel m(names, w, bias.toDouble());
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
    Q_ASSERT(!m_valid || qsizetype(features.size()) == m_weights.size());
    if (!m_valid || qsizetype(features.size()) != m_weights.size())
        return 0;
    double s = m_bias;
    for (qsizetype j = 0; j < m_weights.size(); ++j)
        s += m_weights[j] * features[j];
    return s;
}

double LinearModel::logistic(double score)
{
    return 1.0 / (1.0 + std::exp(-score));
}

} // namespace ClaimDesk
