#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <span>

namespace ClaimDesk {

// A score for a candidate (which amount is a receipt's total, which row its
// merchant) as a weighted sum of named features plus a bias. Weights are either
// written by hand or learned by logistic regression (OpenCV's ml module) from
// candidates labelled right and wrong, so that the two can be measured against
// each other on receipts neither was made on; a learned score is the log-odds
// that the candidate is the right one. Stored as JSON by feature name, so a
// model file says what it weighs.
//
// Pure and thread-safe; an invalid model (failed training, labels of one class,
// a file missing a feature or the bias) scores 0 and says so by isValid().
class LinearModel final
{
public:
    LinearModel() = default;
    LinearModel(QStringList names, QList<double> weights, double bias);

    // Fits weights on many candidates: x their features (one row of
    // names.size() values each), y 1 for a right candidate. Deterministic for
    // the same input; weights are rounded to 1/1000 so that training again on
    // the same readings writes the same file.
    template<class Row>
    static LinearModel train(const QStringList& names, const QList<Row>& x, const QList<int>& y)
    {
        QList<float> flat;
        flat.reserve(x.size() * names.size());
        for (const Row& row : x)
            flat.append(QList<float>(row.begin(), row.end()));
        return trainFlat(names, flat, y);
    }

    // Reads a model stored by toJson() for these features; invalid when a
    // feature has no weight.
    static LinearModel fromJson(const QStringList& names, const QJsonObject& json);
    QJsonObject toJson() const;
    bool isValid() const { return m_valid; }

    // `features` holds one value per name, in the names' order; 0 from an
    // invalid model. A wrong count of features is a caller's mistake: asserted
    // in debug builds, 0 in release ones.
    double score(std::span<const float> features) const;
    // A learned score as the probability it stands for: 1 / (1 + e^-score).
    static double logistic(double score);

private:
    static LinearModel trainFlat(
        const QStringList& names, const QList<float>& x, const QList<int>& y);

    QStringList m_names;
    QList<double> m_weights;
    double m_bias = 0;
    bool m_valid = false;
    QJsonObject m_trainedOn;
};

} // namespace ClaimDesk
