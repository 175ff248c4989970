<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>latent::BackgroundJob</name>
    <message>
        <location filename="../ui/backgroundjob.cpp" line="+18"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>latent::BookmarkList</name>
    <message>
        <location filename="../ui/bookmarklist.cpp" line="+36"/>
        <source>bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 could not be read, so it is not replaced; the bookmarks are kept until the studio closes</source>
        <translation>无法读取 %1，因此不会覆盖它；书签会保留到 Latent Studio 关闭为止</translation>
    </message>
</context>
<context>
    <name>latent::BookmarkPanel</name>
    <message>
        <location filename="../ui/bookmarkpanel.cpp" line="+33"/>
        <source>Name for the vector shown</source>
        <translation>当前显示向量的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark</source>
        <translation>加入书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the vector shown (its z, seed, truncation and the model&apos;s hash) in the project&apos;s bookmarks.json, which latent-cli reads too (--bookmarks NAME)</source>
        <translation>将当前显示的向量（包括其 z、随机种子、截断值和模型的哈希值）保存到项目的 bookmarks.json 中，latent-cli 也会读取该文件（--bookmarks NAME）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the bookmarks to a JSON file of your choice</source>
        <translation>将书签写入您选择的 JSON 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to show a bookmark</source>
        <translation>双击以显示书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show A - B + C: the difference between B and A, added to C</source>
        <translation>显示 A - B + C：将 A 与 B 之差加到 C 上</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Latent arithmetic&lt;/b&gt;</source>
        <translation>&lt;b&gt;潜在空间运算&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>bookmark %1</source>
        <translation>书签 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookmarked as &quot;%1&quot;</source>
        <translation>已添加书签“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose three bookmarks for A - B + C</source>
        <translation>请为 A - B + C 选择三个书签</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These bookmarks have latent vectors of different sizes</source>
        <translation>这些书签的潜在向量大小不同</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, step %1</source>
        <translation>，第 %1 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, other weights</source>
        <translation>，其他权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1…; made %2</source>
        <translation>模型 %1…；创建于 %2</translation>
    </message>
</context>
<context>
    <name>latent::CheckpointPanel</name>
    <message>
        <location filename="../ui/checkpointpanel.cpp" line="+19"/>
        <source>Resume latest</source>
        <translation>从最新检查点继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fork from selected…</source>
        <translation>从所选检查点分叉…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue this run from its newest checkpoint</source>
        <translation>从最新检查点继续本次训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new project that continues from the selected checkpoint</source>
        <translation>新建一个从所选检查点继续训练的项目</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>step %1   %2   %3</source>
        <translation>第 %1 步   %2   %3</translation>
    </message>
</context>
<context>
    <name>latent::DatasetPanel</name>
    <message>
        <location filename="../ui/datasetpanel.cpp" line="+33"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random horizontal flips</source>
        <translation>随机水平翻转</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built-in synthetic digits</source>
        <translation>内置合成数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image folder</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST-style IDX files</source>
        <translation>MNIST 格式的 IDX 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIFAR-10 batches</source>
        <translation>CIFAR-10 批次文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder or file (or drop a folder on the window)</source>
        <translation>文件夹或文件（也可将文件夹拖放到窗口上）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the training images come from</source>
        <translation>训练图像的来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Source&lt;/b&gt;: the built-in synthetic digits (drawn with varied fonts, strokes and shapes, nothing to download), a folder of PNG, JPEG or BMP images (subfolders included), MNIST-style IDX files (plain or .gz), or the CIFAR-10 binary batches.</source>
        <translation>&lt;b&gt;来源&lt;/b&gt;：内置合成数字（以多种字体、笔画和形状绘制，无需下载）、PNG、JPEG 或 BMP 图像文件夹（包括子文件夹）、MNIST 格式的 IDX 文件（普通或 .gz），或 CIFAR-10 二进制批文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder or file to read</source>
        <translation>要读取的文件夹或文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Path&lt;/b&gt;: the image folder, the IDX images file, or the CIFAR-10 folder or batch file. Images that cannot be read are skipped with a warning that names them.</source>
        <translation>&lt;b&gt;路径&lt;/b&gt;：图像文件夹、IDX 图像文件，或 CIFAR-10 文件夹或批文件。无法读取的图像会被跳过，并给出指明该文件的警告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many synthetic digits to draw</source>
        <translation>要绘制的合成数字数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Images&lt;/b&gt;: the size of the built-in data set. 20000 is plenty for 28x28 digits; fewer train faster per epoch but repeat sooner.</source>
        <translation>&lt;b&gt;图像&lt;/b&gt;：内置数据集的大小。对于 28x28 的数字，20000 张已经足够；数量更少时每轮训练更快，但样本会更早重复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mirror images at random while training</source>
        <translation>训练时随机镜像图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Random horizontal flips&lt;/b&gt;: each image is mirrored left to right with even odds each time it is drawn, which doubles the variety of photos. Leave it off for digits and text, which flipping changes.</source>
        <translation>&lt;b&gt;随机水平翻转&lt;/b&gt;：每次抽取图像时，以一半的概率将其左右镜像，使照片的多样性加倍。对于数字和文字请关闭此项，因为翻转会改变它们的含义。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Folder of training images</source>
        <translation>训练图像文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset file</source>
        <translation>数据集文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDX images (*idx3-ubyte* *.gz);;All files (*)</source>
        <translation>IDX 图像 (*idx3-ubyte* *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIFAR-10 batches (*.bin);;All files (*)</source>
        <translation>CIFAR-10 批次文件 (*.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a folder or file.</source>
        <translation>请选择文件夹或文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the dataset…</source>
        <translation>正在读取数据集…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, stored at %1x%2, trained at %3x%3</source>
        <translation>，存储尺寸 %1x%2，训练尺寸 %3x%3</translation>
    </message>
</context>
<context>
    <name>latent::ExplorePanel</name>
    <message>
        <location filename="../ui/explorepanel.cpp" line="+51"/>
        <source>No project.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+247"/>
        <source>Refresh snapshot</source>
        <translation>刷新快照</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+257"/>
        <source>Find directions</source>
        <translation>查找方向</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Encode an image…</source>
        <translation>编码图像…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VAE: encode a real image (or drop one here), then edit its latent</source>
        <translation>VAE：编码一张真实图像（或将图像拖放到此处），然后编辑其潜在向量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encoded image as the model sees it; the reconstruction is beside it</source>
        <translation>模型所见的已编码图像；旁边是其重建结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+231"/>
        <source>Principal directions of the generator&apos;s first layer, mapped back to z (GANSpace)</source>
        <translation>生成器第一层的主方向，映射回 z（GANSpace）</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Explore the newest checkpoint (training may go on meanwhile)</source>
        <translation>探索最新检查点（训练可同时继续进行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed whose latent vector is shown (the same as latent-cli sample --seed)</source>
        <translation>当前显示的潜在向量所对应的随机种子（与 latent-cli sample --seed 相同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous seed</source>
        <translation>上一个种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next seed</source>
        <translation>下一个种子</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Truncation: shrink z toward the mean (below 1: more typical, less varied)</source>
        <translation>截断：将 z 向均值收缩（小于 1：更典型，多样性更低）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter dimensions (e.g. 12)</source>
        <translation>筛选维度（例如 12）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save image…</source>
        <translation>保存图像…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the image shown as a PNG, with its seed and latent vector inside</source>
        <translation>将当前显示的图像保存为 PNG，并在其中嵌入随机种子和潜在向量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>撤销：%1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the image</source>
        <translation>保存图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Values in standard deviations of the prior</source>
        <translation>数值以先验分布的标准差为单位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Principal directions and their share of variance</source>
        <translation>主方向及其方差占比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Truncation</source>
        <translation>截断</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the seed&apos;s own values: unpins every dimension and zeroes the directions</source>
        <translation>恢复为该种子自身的值：取消固定所有维度，并将各方向归零</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Encode an image</source>
        <translation>编码图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading the generator %1…</source>
        <translation>正在加载生成器 %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No checkpoint yet: train the model, then explore it here.</source>
        <translation>尚无检查点：请先训练模型，然后在此处探索。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the checkpoint of step %1…</source>
        <translation>正在加载第 %1 步的检查点…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh (step %1)</source>
        <translation>刷新（第 %1 步）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported generator %1: z of %2, %3x%3 images</source>
        <translation>已导入生成器 %1：z 维度 %2，%3x%3 图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal directions of the generator&apos;s output images (its layers are hidden), mapped back to z</source>
        <translation>生成器输出图像的主方向（其内部层不可见），映射回 z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot of step %1: z of %2, %3x%3 images</source>
        <translation>第 %1 步的快照：z 维度 %2，%3x%3 图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal directions of the encoder&apos;s means over 2000 images of the dataset</source>
        <translation>编码器在数据集的 2000 张图像上所得均值的主方向</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+95"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>That vector has %1 values; this model takes %2</source>
        <translation>该向量有 %1 个值；此模型需要 %2 个</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this value when the seed changes</source>
        <translation>更换种子时保留此值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit z %1</source>
        <translation>编辑 z %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>encoded %1</source>
        <translation>已编码 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finding…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PC%1  %2%</source>
        <translation>PC%1  %2%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move along PC%1</source>
        <translation>沿 PC%1 移动</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>PC%1 from -3σ to +3σ</source>
        <translation>PC%1，从 -3σ 到 +3σ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · decoded in %2 ms</source>
        <translation>%1 · 解码耗时 %2 毫秒</translation>
    </message>
</context>
<context>
    <name>latent::LaunchCommandDialog</name>
    <message>
        <location filename="../ui/launchcommanddialog.cpp" line="+36"/>
        <source>Copy Launch Command</source>
        <translation>复制启动命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train this project with several latent-cli processes, on this machine or on several, through PyTorch&apos;s distributed engine. Every machine needs the project folder at the same path and its dataset; rank 0 writes all the files. The connection has no authentication: use it on trusted networks only.</source>
        <translation>通过 PyTorch 的分布式引擎，使用多个 latent-cli 进程在本机或多台机器上训练此项目。每台机器都需要在相同路径下拥有项目文件夹及其数据集；所有文件均由 rank 0 写入。该连接没有身份验证：请仅在受信任的网络中使用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>WORLD_SIZE: processes in the whole run</source>
        <translation>WORLD_SIZE：整个运行中的进程总数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processes on each machine; they share its cores, or take one GPU each</source>
        <translation>每台机器上的进程数；它们共享该机器的 CPU 核心，或各占用一个 GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MASTER_ADDR: the address of the first machine, where rank 0 listens</source>
        <translation>MASTER_ADDR：第一台机器的地址，rank 0 在此监听</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MASTER_PORT: a free TCP port on the first machine</source>
        <translation>MASTER_PORT：第一台机器上的一个空闲 TCP 端口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps to train past the newest checkpoint</source>
        <translation>在最新检查点之后继续训练的步数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps in all</source>
        <translation>总步数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Processes:</source>
        <translation>进程数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per machine:</source>
        <translation>每台机器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First machine&apos;s address:</source>
        <translation>第一台机器的地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More steps:</source>
        <translation>追加步数：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n machine(s). Each process trains batches of %1 (the project&apos;s batch size), so a step learns from %2 images. Paste each block into a shell on its machine.</source>
        <translation>
            <numerusform>%n 台机器。每个进程以 %1（项目的批大小）为批大小进行训练，因此每一步从 %2 张图像中学习。请将每段命令粘贴到对应机器的 shell 中运行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latent::LossPlot</name>
    <message>
        <location filename="../ui/lossplot.cpp" line="+89"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D output</source>
        <translation>D 输出</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exponential smoothing of the curves (0 = none)</source>
        <translation>曲线的指数平滑（0 = 不平滑）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plot as PNG or PDF</source>
        <translation>将图表保存为 PNG 或 PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlay the curves of other runs (their project folders)</source>
        <translation>叠加显示其他训练的曲线（选择它们的项目文件夹）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a Run…</source>
        <translation>添加训练…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Compared Runs</source>
        <translation>移除对比的训练</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Point at the curves for values; click to see that step&apos;s samples.</source>
        <translation>将鼠标指向曲线以查看数值；单击可查看该步的样本。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Compare with another run: choose its project folder</source>
        <translation>与另一次训练对比：选择它的项目文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no readable metrics.csv</source>
        <translation>%1：没有可读取的 metrics.csv</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the loss plot</source>
        <translation>导出损失曲线图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>latent::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+82"/>
        <source>Latent Studio</source>
        <translation>Latent Studio</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New learning rates (G %1, D %2) and %3 D step(s) per G step apply from the next step.</source>
        <translation>新的学习率（G %1，D %2）以及每个 G 步对应 %3 个 D 步的设置将从下一步开始生效。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Loss Plot…</source>
        <translation>导出损失曲线图(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the loss plot</source>
        <translation>导出损失曲线图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+241"/>
        <location line="+49"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>%1: could not write the plot.</source>
        <translation>%1：无法写入图表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Generator (TorchScript)…</source>
        <translation>导出生成器（TorchScript）(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest checkpoint&apos;s generator for Python: torch.jit.load(file)(z)</source>
        <translation>最新检查点的生成器，供 Python 使用：torch.jit.load(file)(z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Samples…</source>
        <translation>导出样本(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A grid PNG, one PNG per sample, and their latent vectors as JSON</source>
        <translation>网格 PNG、每个样本单独的 PNG，以及以 JSON 格式保存的潜在向量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Metrics (CSV)…</source>
        <translation>导出指标（CSV）(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explore a TorchScript &amp;Generator…</source>
        <translation>探索 TorchScript 生成器(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a generator traced or scripted in Python (z [N, latent] to images in [-1, 1]) in the Explore tab</source>
        <translation>在“探索”选项卡中打开在 Python 中经 trace 或 script 得到的生成器（将 z [N, latent] 映射为取值在 [-1, 1] 内的图像）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Train</source>
        <translation>开始训练(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start training, or continue from the newest checkpoint (Ctrl+Enter)</source>
        <translation>开始训练，或从最新检查点继续 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+496"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="-494"/>
        <source>Pause or resume (F6)</source>
        <translation>暂停或继续 (F6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While paused: one training step (F10)</source>
        <translation>暂停时：执行一个训练步 (F10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after this step and save a checkpoint (Shift+F5)</source>
        <translation>在当前步完成后停止并保存检查点 (Shift+F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Launch Command…</source>
        <translation>复制启动命令(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command lines that train this project with several processes or machines</source>
        <translation>使用多个进程或多台机器训练此项目的命令行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What&apos;s &amp;This?</source>
        <translation>这是什么(&amp;T)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then click a setting to read what it does</source>
        <translation>然后点击某个设置，即可查看它的作用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Latent Studio</source>
        <translation>关于 Latent Studio(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolate</source>
        <translation>插值</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+429"/>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <location line="-429"/>
        <source>Stop the training before opening another project.</source>
        <translation>请先停止训练，再打开其他项目。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 — Latent Studio</source>
        <translation>%1 — Latent Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>New project: choose or create an empty folder</source>
        <translation>新建项目：选择或创建一个空文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a new folder</source>
        <translation>不是新文件夹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 already holds a project; use Open Project.</source>
        <translation>%1 中已有项目；请使用“打开项目”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a project folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fork: choose or create an empty folder for the new run</source>
        <translation>分叉：为新的训练运行选择或创建一个空文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forked from %1 into %2; press Train to continue it.</source>
        <translation>已从 %1 分叉到 %2；按“训练”即可继续训练。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot fork</source>
        <translation>无法分叉</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+47"/>
        <location line="+13"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The project has no checkpoint yet: train it first.</source>
        <translation>该项目还没有检查点：请先训练。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the generator as TorchScript</source>
        <translation>将生成器导出为 TorchScript</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting the generator to %1…</source>
        <translation>正在将生成器导出到 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1: in Python, torch.jit.load(&quot;%1&quot;)(z)</source>
        <translation>已导出 %1：在 Python 中使用 torch.jit.load(&quot;%1&quot;)(z)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a trained project (or a TorchScript generator) first.</source>
        <translation>请先打开一个已训练的项目（或 TorchScript 生成器）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project has no metrics yet: train it first.</source>
        <translation>该项目还没有指标：请先训练。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Explore a TorchScript generator</source>
        <translation>探索 TorchScript 生成器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run this file?</source>
        <translation>要运行此文件吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript files are programs: loading %1 runs the code inside it with your permissions, and it can read or change your files.

Open it only if it comes from someone you trust.</source>
        <translation>TorchScript 文件是程序：加载 %1 会以您的权限运行其中的代码，它可以读取或修改您的文件。

请仅在其来源可信时打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load and Run</source>
        <translation>加载并运行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the generator %1…</source>
        <translation>正在加载生成器 %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check the settings</source>
        <translation>请检查设置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Latent Studio</source>
        <translation>关于 Latent Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Latent Studio %1&lt;/h3&gt;&lt;p&gt;Train generative image models (GANs and VAEs) on your own images, watch them learn, explore what they learned and export the results.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latent Studio %1&lt;/h3&gt;&lt;p&gt;用您自己的图像训练生成式图像模型（GAN 和 VAE），观察它们的学习过程，探索它们学到的内容并导出结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Built with Qt %1, LibTorch, OpenCV and QCustomPlot.&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;基于 Qt %1、LibTorch、OpenCV 和 QCustomPlot 构建。&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;依据 MIT 许可证发布的自由软件。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Already trained</source>
        <translation>已训练完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest checkpoint is at step %1. Raise Steps on the Training tab to train further.</source>
        <translation>最新检查点位于第 %1 步。请在“训练”选项卡中调高“步数”以继续训练。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resuming from step %1…</source>
        <translation>正在从第 %1 步继续…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopping after this step…</source>
        <translation>将在当前步完成后停止…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Resume (F6), one step (F10) or stop (Shift+F5).</source>
        <translation>已暂停。继续 (F6)、单步 (F10) 或停止 (Shift+F5)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training diverged</source>
        <translation>训练已发散</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Go back to the last good checkpoint? You can lower the learning rates on the Training tab before resuming.</source>
        <translation>

要回退到最后一个正常的检查点吗？继续训练之前，您可以在“训练”选项卡中降低学习率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back</source>
        <translation>回退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training paused</source>
        <translation>训练已暂停</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 img/s</source>
        <translation>%1 张/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed %1, left %2</source>
        <translation>已用 %1，剩余 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped; the checkpoint is saved.</source>
        <translation>已停止；检查点已保存。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stop training and close? The current step finishes and a checkpoint is saved.</source>
        <translation>要停止训练并关闭吗？当前步完成后将保存检查点。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping, then closing…</source>
        <translation>正在停止，随后关闭…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The dataset of a project that has trained cannot change; fork or start a new project.</source>
        <translation>已训练过的项目不能更改数据集；请分叉或新建项目。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>⚠ 1 warning</source>
        <translation>⚠ 1 个警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ %1 warnings</source>
        <translation>⚠ %1 个警告</translation>
    </message>
</context>
<context>
    <name>latent::ModelPanel</name>
    <message>
        <location filename="../ui/modelpanel.cpp" line="+23"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta (KL weight)</source>
        <translation>Beta（KL 权重）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GAN (DCGAN)</source>
        <translation>GAN（DCGAN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE (convolutional)</source>
        <translation>VAE（卷积）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-saturating BCE</source>
        <translation>非饱和 BCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGAN-GP</source>
        <translation>WGAN-GP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>Hinge 损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 (gray)</source>
        <translation>1（灰度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 (RGB)</source>
        <translation>3（RGB）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind of generative model</source>
        <translation>生成模型的种类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Model&lt;/b&gt;: a GAN (DCGAN: a generator and a discriminator trained against each other) makes sharp samples but can be unstable; a VAE (an encoder and a decoder) trains steadily, makes softer samples, and can encode real images into its latent space.</source>
        <translation>&lt;b&gt;模型&lt;/b&gt;：GAN（DCGAN：生成器与判别器相互对抗训练）生成的样本清晰，但训练可能不稳定；VAE（由编码器和解码器组成）训练平稳，生成的样本较柔和，并且能将真实图像编码到其潜在空间中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the GAN&apos;s two networks are scored</source>
        <translation>GAN 两个网络的评分方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Loss&lt;/b&gt;: non-saturating BCE is DCGAN&apos;s; WGAN-GP (with about 5 D steps per G step) is the most stable on hard data; hinge and least squares are in between. The discriminator-winning warning watches each in its own terms.</source>
        <translation>&lt;b&gt;损失&lt;/b&gt;：非饱和 BCE 是 DCGAN 所用的损失；WGAN-GP（每个 G 步约 5 个 D 步）在困难数据上最稳定；Hinge 损失和最小二乘介于两者之间。“判别器占优”警告会按各损失自身的标准进行监测。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the VAE scores its reconstructions</source>
        <translation>VAE 对重建结果的评分方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Reconstruction&lt;/b&gt;: binary cross-entropy suits images that are mostly black and white (digits); squared error suits photographs.</source>
        <translation>&lt;b&gt;重建&lt;/b&gt;：二元交叉熵适用于以黑白为主的图像（如数字）；平方误差适用于照片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of the VAE&apos;s KL term</source>
        <translation>VAE 中 KL 项的权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Beta&lt;/b&gt;: 1 is the plain VAE. Larger values make a smoother, more disentangled latent space at the cost of blurrier reconstructions (beta-VAE).</source>
        <translation>&lt;b&gt;Beta（KL 权重）&lt;/b&gt;：1 即为普通 VAE。更大的值会使潜在空间更平滑、解耦程度更高，代价是重建结果更模糊（beta-VAE）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The side of the square images the model makes</source>
        <translation>模型生成的正方形图像的边长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Image size&lt;/b&gt;: dataset images are scaled and cropped to it. Each doubling adds a layer and takes about four times the compute.</source>
        <translation>&lt;b&gt;图像尺寸&lt;/b&gt;：数据集图像会被缩放并裁剪到此尺寸。尺寸每翻一倍，网络就增加一层，计算量约为原来的四倍。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gray or colour</source>
        <translation>灰度或彩色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Channels&lt;/b&gt;: 1 trains on gray images (colour ones are converted), 3 on RGB.</source>
        <translation>&lt;b&gt;通道数&lt;/b&gt;：1 表示在灰度图像上训练（彩色图像会被转换），3 表示在 RGB 图像上训练。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers in each latent vector z</source>
        <translation>每个潜在向量 z 中的数值个数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Latent size&lt;/b&gt;: the length of z, the random vector a sample is drawn from. GANs commonly use 100; a VAE for digits needs far fewer (16). The Explore tab shows a slider for each.</source>
        <translation>&lt;b&gt;潜在维度&lt;/b&gt;：z 的长度，z 是生成样本所用的随机向量。GAN 通常使用 100；用于数字的 VAE 所需维度要少得多（16）。“探索”选项卡会为每个维度显示一个滑块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature maps of the outermost layers (DCGAN&apos;s ngf and ndf)</source>
        <translation>最外层的特征图数量（DCGAN 的 ngf 和 ndf）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Width&lt;/b&gt;: the number of feature maps at the highest resolution, doubling at each layer inward. Wider networks learn more detail and take more time and memory.</source>
        <translation>&lt;b&gt;宽度&lt;/b&gt;：最高分辨率处的特征图数量，每向内一层翻一倍。网络越宽，学到的细节越多，但耗费的时间和内存也越多。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent size</source>
        <translation>潜在维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
</context>
<context>
    <name>latent::SampleExportDialog</name>
    <message>
        <location filename="../ui/sampleexportdialog.cpp" line="+37"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Samples</source>
        <translation>导出样本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample i is the Explore tab&apos;s image for this seed + i</source>
        <translation>第 i 个样本即“探索”选项卡中种子为此种子 + i 时的图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding</source>
        <translation>间距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncation</source>
        <translation>截断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid PNG</source>
        <translation>网格 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PNG each, in</source>
        <translation>每个样本一个 PNG，保存到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latents JSON</source>
        <translation>潜在向量 JSON</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder for the samples</source>
        <translation>样本文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose at least one thing to export.</source>
        <translation>请至少选择一项要导出的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 more files exist already. Replace them?</source>
        <translation>%1 及另外 %2 个文件已存在。要替换它们吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting %1 samples…</source>
        <translation>正在导出 %1 个样本…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 samples: %2</source>
        <translation>已写入 %1 个样本：%2</translation>
    </message>
</context>
<context>
    <name>latent::SampleHistoryView</name>
    <message>
        <location filename="../ui/samplehistoryview.cpp" line="+20"/>
        <location line="+69"/>
        <source>Samples appear here as the model trains.</source>
        <translation>模型训练时，样本将显示在此处。</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Go back through the sample grids of this run</source>
        <translation>回看本次训练的样本网格</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Step %1  (grid %2 of %3)</source>
        <translation>第 %1 步（第 %2 个网格，共 %3 个）</translation>
    </message>
</context>
<context>
    <name>latent::SessionController</name>
    <message>
        <location filename="../ui/sessioncontroller.cpp" line="+114"/>
        <source>Training is already running.</source>
        <translation>训练已在进行中。</translation>
    </message>
</context>
<context>
    <name>latent::TimelinePanel</name>
    <message>
        <location filename="../ui/timelinepanel.cpp" line="+50"/>
        <source>Loop back to the first key</source>
        <translation>循环回到第一个关键帧</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+286"/>
        <location line="+27"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the vector shown in Explore</source>
        <translation>添加“探索”中显示的向量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Explore tab&apos;s vector as it is: a seed, an edit, an encoded image or arithmetic</source>
        <translation>按原样添加“探索”选项卡中的向量：种子、编辑结果、编码图像或运算结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add seed</source>
        <translation>添加种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keyframes</source>
        <translation>关键帧</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spherical (slerp)</source>
        <translation>球面（slerp）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear (lerp)</source>
        <translation>线性（lerp）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slerp keeps the vectors&apos; length, as a Gaussian prior expects; lerp passes closer to the origin, where images tend to wash out</source>
        <translation>Slerp 会保持向量的长度，符合高斯先验的预期；lerp 的路径更靠近原点，那里的图像往往会褪色、失去细节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constant speed</source>
        <translation>匀速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ease in and out</source>
        <translation>缓入缓出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frames from one keyframe to the next</source>
        <translation>从一个关键帧到下一个关键帧的帧数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpolation</source>
        <translation>插值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easing</source>
        <translation>缓动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames between keys</source>
        <translation>关键帧间帧数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of PNG frames</source>
        <translation>PNG 帧文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> fps</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each image enlarged this many times (nearest neighbour, so pixels stay sharp)</source>
        <translation>每张图像的放大倍数（最近邻插值，像素保持清晰）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A grid video: this path plus more paths with as many keys through seeds 100·p + k, all walked in step</source>
        <translation>网格视频：在本路径之外，再加入若干条关键帧数相同、经过种子 100·p + k 的路径，所有路径同步播放</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enlarge</source>
        <translation>放大倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More paths (grid)</source>
        <translation>额外路径（网格）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drag to scrub through the path</source>
        <translation>拖动以沿路径浏览</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Keyframes of another latent size were removed.</source>
        <translation>已移除潜在维度不同的关键帧。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That vector has %1 values; the keys so far have %2</source>
        <translation>该向量有 %1 个值；现有关键帧有 %2 个</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add two or more keyframes</source>
        <translation>请添加两个或更多关键帧</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, key %1</source>
        <translation>，关键帧 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame %1 / %2%3</source>
        <translation>帧 %1 / %2%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the PNG frames</source>
        <translation>PNG 帧文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder not empty</source>
        <translation>文件夹非空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not empty. Write the frames into it, replacing frames of the same names?</source>
        <translation>%1 不是空文件夹。要将帧写入其中并替换同名帧吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the path</source>
        <translation>导出路径</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1: %2 frames of %3x%4 at %5 fps (read back).</source>
        <translation>已写入 %1：%2 帧，%3x%4，%5 帧/秒（已回读校验）。</translation>
    </message>
</context>
<context>
    <name>latent::TrainingPanel</name>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="+50"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator (or VAE) updates in the whole run</source>
        <translation>整个训练运行中生成器（或 VAE）的更新次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Steps&lt;/b&gt;: how many generator updates (for a VAE, updates of the whole model) the run makes. Training stops there with a final checkpoint; raise it later to train further from the newest checkpoint.</source>
        <translation>&lt;b&gt;步数&lt;/b&gt;：本次训练运行中生成器的更新次数（对于 VAE，则为整个模型的更新次数）。训练到达该步数时停止并保存最终检查点；之后可调高此值，从最新检查点继续训练。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images per update</source>
        <translation>每次更新使用的图像数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Batch size&lt;/b&gt;: how many real images each update learns from. Larger batches give steadier gradients and use the cores better, but take more memory and fewer updates per epoch. DCGAN&apos;s authors used 128; 64 trains the built-in digits well.</source>
        <translation>&lt;b&gt;批大小&lt;/b&gt;：每次更新所学习的真实图像数量。批越大，梯度越稳定，CPU 核心的利用也越充分，但占用的内存更多，每轮的更新次数也更少。DCGAN 的作者使用 128；训练内置合成数字用 64 效果就很好。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generator (or VAE) learning rate; changes apply to the running training from the next step</source>
        <translation>生成器（或 VAE）的学习率；更改将从下一步起应用于正在进行的训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Learning rate G&lt;/b&gt;: the Adam step size of the generator, or of the whole VAE. 2e-4 is DCGAN&apos;s value. Lower it if the losses swing wildly or training diverges. It can be changed while training: the next step uses it.</source>
        <translation>&lt;b&gt;学习率 G&lt;/b&gt;：生成器（或整个 VAE）的 Adam 步长。DCGAN 使用 2e-4。如果损失剧烈波动或训练发散，请调低此值。训练期间也可以更改：下一步即会使用新值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discriminator learning rate; changes apply to the running training from the next step</source>
        <translation>判别器的学习率；更改将从下一步起应用于正在进行的训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Learning rate D&lt;/b&gt;: the Adam step size of the discriminator (GANs only). If the discriminator wins outright (D(G(z)) stays near 0), a lower value here often helps. It can be changed while training.</source>
        <translation>&lt;b&gt;学习率 D&lt;/b&gt;：判别器的 Adam 步长（仅用于 GAN）。如果判别器完全占优（D(G(z)) 一直接近 0），调低此值通常会有帮助。训练期间也可以更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adam&apos;s first-moment decay</source>
        <translation>Adam 的一阶矩衰减率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Adam beta1&lt;/b&gt;: how much of the previous gradients Adam&apos;s momentum keeps. GANs train more stably with 0.5 (DCGAN) than with Adam&apos;s usual 0.9; WGAN-GP&apos;s authors used 0.0.</source>
        <translation>&lt;b&gt;Adam beta1&lt;/b&gt;：Adam 的动量保留多少先前的梯度。GAN 使用 0.5（DCGAN）比使用 Adam 常用的 0.9 训练得更稳定；WGAN-GP 的作者使用 0.0。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam&apos;s second-moment decay</source>
        <translation>Adam 的二阶矩衰减率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Adam beta2&lt;/b&gt;: how long Adam remembers the size of past gradients. 0.999 is the usual value; WGAN-GP&apos;s authors used 0.9.</source>
        <translation>&lt;b&gt;Adam beta2&lt;/b&gt;：Adam 记住过去梯度大小的时长。常用值为 0.999；WGAN-GP 的作者使用 0.9。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discriminator (critic) steps per generator step; changes apply while training</source>
        <translation>每个生成器步对应的判别器（critic）步数；训练期间更改即时生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;D steps per G step&lt;/b&gt;: discriminator updates before each generator update. 1 for the usual GAN losses; WGAN-GP&apos;s critic wants about 5. Each one draws a new real batch.</source>
        <translation>&lt;b&gt;每个 G 步的 D 步数&lt;/b&gt;：每次生成器更新之前判别器的更新次数。常规 GAN 损失使用 1；WGAN-GP 的评判器需要约 5 次。每次判别器更新都会抽取一批新的真实图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WGAN-GP&apos;s gradient penalty weight (lambda)</source>
        <translation>WGAN-GP 的梯度惩罚权重（lambda）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Gradient penalty&lt;/b&gt;: for the WGAN-GP loss only, how strongly the critic&apos;s gradient norm is pulled toward 1 on points between real and generated images. 10 is the paper&apos;s value.</source>
        <translation>&lt;b&gt;梯度惩罚&lt;/b&gt;：仅用于 WGAN-GP 损失，表示在真实图像与生成图像之间的点上，将评判器的梯度范数拉向 1 的力度。论文中使用 10。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps between rows of metrics.csv and points of the loss curves</source>
        <translation>metrics.csv 各行之间以及损失曲线各点之间间隔的步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Log every&lt;/b&gt;: how often the losses are written to the project&apos;s metrics.csv (and TensorBoard file) and drawn on the curves. The values are those of that step.</source>
        <translation>&lt;b&gt;日志间隔（步）&lt;/b&gt;：每隔多少步将损失写入项目的 metrics.csv（以及 TensorBoard 文件）并绘制到曲线上。记录的是该步的数值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps between sample grids</source>
        <translation>样本网格之间间隔的步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Samples every&lt;/b&gt;: how often the generator draws the fixed-noise grid, saved in samples/. The same noise every time, so the grids show how the samples sharpen.</source>
        <translation>&lt;b&gt;样本间隔（步）&lt;/b&gt;：每隔多少步由生成器根据固定噪声绘制一次样本网格，并保存到 samples/ 中。每次使用的噪声都相同，因此这些网格能展示样本如何逐渐变清晰。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps between checkpoints</source>
        <translation>检查点之间间隔的步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Checkpoint every&lt;/b&gt;: how often the whole training state (networks, optimisers, data order, random state) is saved in checkpoints/. A run that stops or crashes resumes exactly from the newest one; a final checkpoint is always written when training stops.</source>
        <translation>&lt;b&gt;检查点间隔（步）&lt;/b&gt;：每隔多少步将完整的训练状态（网络、优化器、数据顺序、随机状态）保存到 checkpoints/ 中。停止或崩溃的训练运行可从最新检查点精确恢复；训练停止时总会写入最终检查点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many of the newest checkpoints to keep</source>
        <translation>要保留的最新检查点数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Keep checkpoints&lt;/b&gt;: older checkpoints are deleted beyond this many, newest first. &quot;all&quot; keeps every one, to fork runs from any point.</source>
        <translation>&lt;b&gt;保留检查点数&lt;/b&gt;：从最新的检查点算起，超出此数量的较旧检查点将被删除。“全部”会保留所有检查点，以便从任意位置分叉训练运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the weights, the data order and the noise</source>
        <translation>用于权重、数据顺序和噪声的随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Seed&lt;/b&gt;: the same seed and settings train the same model again, step for step, on the CPU. Change it to see how much a run depends on chance.</source>
        <translation>&lt;b&gt;随机种子&lt;/b&gt;：在 CPU 上，相同的随机种子和设置会逐步重现完全相同的模型训练。更改它可以了解训练结果在多大程度上取决于随机性。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads for training (automatic: all cores)</source>
        <translation>用于训练的 CPU 线程数（自动：使用全部核心）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Threads&lt;/b&gt;: the CPU threads LibTorch uses for each step. Automatic uses every core, measured fastest here; fewer leave cores free for other work.</source>
        <translation>&lt;b&gt;线程数&lt;/b&gt;：LibTorch 每步使用的 CPU 线程数。“自动”会使用全部核心，经测量这样最快；使用较少线程则可为其他工作留出核心。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate G</source>
        <translation>学习率 G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate D</source>
        <translation>学习率 D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam beta1</source>
        <translation>Adam beta1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D steps per G step</source>
        <translation>每个 G 步的 D 步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient penalty</source>
        <translation>梯度惩罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log every</source>
        <translation>日志间隔（步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples every</source>
        <translation>样本间隔（步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint every</source>
        <translation>检查点间隔（步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep checkpoints</source>
        <translation>保留检查点数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
</context>
</TS>
