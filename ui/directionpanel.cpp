// SPDX-License-Identifier: MIT
#include "directionpanel.h"

#include "sigmaslider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace latent {

DirectionPanel::DirectionPanel(QWidget* parent) : QWidget(parent), m_find(new QPushButton(tr("Find directions"), this))
{
    m_find->setToolTip(tr("Principal directions of the generator's first layer, mapped back to z (GANSpace)"));
    auto* rowsHost = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(rowsHost);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QHBoxLayout;
    title->addWidget(new QLabel(tr("Principal directions and their share of variance"), this), 1);
    title->addWidget(m_find);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(title);
    layout->addWidget(rowsHost);
    layout->addStretch(1);
    connect(m_find, &QPushButton::clicked, this, &DirectionPanel::findRequested);
}

void DirectionPanel::setDirections(const QList<QList<float>>& directions, const QList<double>& variance)
{
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    for (qsizetype i = 0; i < directions.size(); ++i) {
        auto* line = new QWidget;
        auto* lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        auto* name = new QLabel(tr("PC%1  %2%").arg(i + 1).arg(100.0 * variance.value(i), 0, 'f', 1), line);
        name->setMinimumWidth(92);
        Row row;
        row.vector.assign(directions[i].begin(), directions[i].end());
        row.slider = sigmaslider::make(line);
        row.value = new QLabel(sigmaslider::text(0.0), line);
        row.value->setMinimumWidth(56);
        lineLayout->addWidget(name);
        lineLayout->addWidget(row.slider, 1);
        lineLayout->addWidget(row.value);
        m_rowsLayout->addWidget(line);
        const int index = int(i);
        connect(row.slider, &QSlider::valueChanged, this, [this, index](int position) {
            Row& moved = m_rows[std::size_t(index)];
            moved.sigma = sigmaslider::sigmaAt(position);
            moved.value->setText(sigmaslider::text(moved.sigma));
            Q_EMIT this->moved(index, moved.sigma);
        });
        connect(row.slider, &QSlider::sliderReleased, this, &DirectionPanel::released);
        m_rows.push_back(std::move(row));
    }
}

std::vector<double> DirectionPanel::sigmas() const
{
    std::vector<double> values;
    for (const Row& row : m_rows)
        values.push_back(row.sigma);
    return values;
}

void DirectionPanel::showSigmas(const std::vector<double>& sigmas)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        row.sigma = i < sigmas.size() ? sigmas[i] : 0.0;
        const QSignalBlocker block(row.slider);
        row.slider->setValue(sigmaslider::positionOf(row.sigma));
        row.value->setText(sigmaslider::text(row.sigma));
    }
}

bool DirectionPanel::anyMoved() const
{
    for (const Row& row : m_rows)
        if (row.sigma != 0.0)
            return true;
    return false;
}

void DirectionPanel::setSigma(int index, double sigma)
{
    if (index >= 0 && std::size_t(index) < m_rows.size())
        m_rows[std::size_t(index)].slider->setValue(sigmaslider::positionOf(sigma));
}

void DirectionPanel::addOffsets(std::vector<float>& z) const
{
    for (const Row& row : m_rows)
        for (std::size_t i = 0; i < z.size() && i < row.vector.size(); ++i)
            z[i] += float(row.sigma) * row.vector[i];
}

void DirectionPanel::setFinding(bool finding)
{
    m_find->setEnabled(!finding);
    m_find->setText(finding ? tr("Finding…") : tr("Find again"));
}

void DirectionPanel::setFindToolTip(const QString& text) { m_find->setToolTip(text); }

void DirectionPanel::resetFindButton()
{
    m_find->setEnabled(true);
    m_find->setText(tr("Find directions"));
}

} // namespace latent
