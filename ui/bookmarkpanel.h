// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace latent {

class BookmarkList;
struct LatentBookmark;

// The Explore tab's bookmarks: name the vector shown, go back to one, rename,
// delete, export them as JSON, and latent arithmetic between three of them
// (A - B + C: the difference of two finds added to a third, as in
// "smiling woman - neutral woman + neutral man").
class BookmarkPanel : public QWidget {
    Q_OBJECT
public:
    // `capture` makes a bookmark of the vector shown (name left to the panel).
    BookmarkPanel(BookmarkList* bookmarks, std::function<LatentBookmark()> capture, QWidget* parent = nullptr);

    // Bookmarks the vector shown under `name` (made unique).
    void addCurrent(const QString& name);
    // Computes A - B + C of the bookmarks at these indices and emits showLatent().
    void applyArithmetic(int a, int b, int c);
    // The model hash the list compares against (bookmarks of other weights are marked).
    void setModelHash(const QString& hash);

Q_SIGNALS:
    void goTo(int index);
    void showLatent(const std::vector<float>& z, const QString& label);

private:
    void rebuild();
    int selected() const;

    BookmarkList* m_bookmarks;
    std::function<LatentBookmark()> m_capture;
    QString m_modelHash;
    QLineEdit* m_name;
    QListWidget* m_list;
    QComboBox* m_a;
    QComboBox* m_b;
    QComboBox* m_c;
    QLabel* m_message;
};

} // namespace latent
