<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationFile</name>
    <message>
        <location filename="../core/io/animationfile.cpp" line="+40"/>
        <source>this OpenCV cannot write MPEG-4 video (no FFmpeg backend?)</source>
        <translation>当前的 OpenCV 无法写入 MPEG-4 视频（缺少 FFmpeg 后端？）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the video could not be written whole (%1 of %2 frames; is the disk full?)</source>
        <extracomment>%1 is the number of frames written, %2 the number there should be</extracomment>
        <translation>视频未能完整写入（已写入 %1 帧，共 %2 帧；磁盘是否已满？）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there are no frames to write</source>
        <translation>没有可写入的帧</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a video OpenCV can open</source>
        <translation>不是 OpenCV 能打开的视频</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../core/io/atomicfile.cpp" line="+32"/>
        <source>%1 (the disk is full, or the file too large for it)</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>%1（磁盘已满，或文件对该磁盘而言过大）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk may be full</source>
        <translation>磁盘可能已满</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>writing failed, the previous file is untouched: %1</source>
        <translation>写入失败，原有文件未被改动：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write in this folder: %1</source>
        <translation>无法在此文件夹中写入：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file came out empty (is the disk full?)</source>
        <translation>写出的文件为空（磁盘是否已满？）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot move the finished file into place: %1</source>
        <translation>无法将写好的文件移动到目标位置：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>AugmentPolicy</name>
    <message>
        <location filename="../core/train/augmentpolicy.cpp" line="+68"/>
        <source>unknown augmentation &apos;%1&apos; (expected off, auto, adaptive or a list of color, translation and cutout)</source>
        <translation>未知的数据增强“%1”（应为 off、auto、adaptive，或 color、translation、cutout 组成的列表）</translation>
    </message>
</context>
<context>
    <name>BookmarkFile</name>
    <message>
        <location filename="../core/latent/bookmarkfile.cpp" line="+27"/>
        <source>%1 should be an object</source>
        <translation>%1 应为对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no name</source>
        <translation>%1 没有名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bookmark &apos;%1&apos; has no latent vector z</source>
        <translation>书签 &apos;%1&apos; 没有潜在向量 z</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bookmark &apos;%1&apos; has a z that is not all finite numbers</source>
        <translation>书签 &apos;%1&apos; 的 z 并非全部为有限数值</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a Latent Studio bookmarks file (no &quot;format&quot;: &quot;latent-studio-bookmarks&quot;)</source>
        <translation>不是 Latent Studio 书签文件（缺少 &quot;format&quot;: &quot;latent-studio-bookmarks&quot;）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has bookmarks format %1; this build reads version %2</source>
        <translation>书签格式为 %1；此版本只能读取格式 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field &apos;bookmarks&apos; should be a list</source>
        <translation>字段 &apos;bookmarks&apos; 应为列表</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>has no bookmark named &apos;%1&apos; (it has none)</source>
        <translation>没有名为 &apos;%1&apos; 的书签（其中没有任何书签）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no bookmark named &apos;%1&apos; (it has: %2)</source>
        <translation>没有名为 &apos;%1&apos; 的书签（现有书签：%2）</translation>
    </message>
</context>
<context>
    <name>CheckpointChoice</name>
    <message>
        <location filename="../core/eval/checkpointchoice.cpp" line="+38"/>
        <source>the project has no checkpoint yet; train it first</source>
        <translation>该项目还没有检查点；请先训练</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>holds no quality scores yet, so no checkpoint is known as the best; train with evaluation on (evaluate_every), or name a step</source>
        <translation>尚无质量评分，因此无法确定最佳检查点；请在开启评估（evaluate_every）的情况下训练，或指定一个步数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is gone, though step %1 scored best; was it deleted by hand?</source>
        <extracomment>%1 is a step</extracomment>
        <translation>已不存在，但评分最佳的是第 %1 步；是否被手动删除了？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not exist (pruned, or never written)</source>
        <translation>不存在（已被清理，或从未写入）</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <location filename="../core/train/checkpointfile.cpp" line="+57"/>
        <source>cannot read the checkpoint: %1</source>
        <translation>无法读取检查点：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the checkpoint does not exist</source>
        <translation>检查点不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a Latent Studio checkpoint (wrong magic bytes)</source>
        <translation>不是 Latent Studio 检查点（魔数字节不正确）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>the checkpoint is truncated (its header is incomplete)</source>
        <translation>检查点已截断（文件头不完整）</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the checkpoint was written by a newer Latent Studio (format %1)</source>
        <translation>该检查点由更新版本的 Latent Studio 写入（格式 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>the checkpoint header is corrupt</source>
        <translation>检查点文件头已损坏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the checkpoint header lacks its step or model</source>
        <translation>检查点文件头缺少步数或模型信息</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the checkpoint is truncated (no weights after the header)</source>
        <translation>检查点已截断（文件头之后没有权重）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the checkpoint is truncated or padded: it should hold %1 bytes of weights but holds %2</source>
        <translation>检查点已截断或含有多余填充：应包含 %1 字节的权重，实际为 %2 字节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not read the whole checkpoint</source>
        <translation>无法完整读取检查点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the checkpoint is corrupt (its checksum does not match)</source>
        <translation>检查点已损坏（校验和不匹配）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the checkpoint belongs to another model: it holds %1, but the project is %2</source>
        <extracomment>%1 and %2 describe models, e.g. &quot;dcgan 64x64x3, z 128, width 64, loss hinge&quot;</extracomment>
        <translation>该检查点属于另一个模型：其中为 %1，而项目为 %2</translation>
    </message>
</context>
<context>
    <name>CifarReader</name>
    <message>
        <location filename="../core/data/cifarreader.cpp" line="+24"/>
        <source>the file is truncated or not a CIFAR-10 batch: %1 bytes is not a whole number of %2-byte records</source>
        <extracomment>%1 is the file&apos;s size in bytes, %2 the size of one record in bytes</extracomment>
        <translation>文件被截断或不是 CIFAR-10 批次文件：%1 字节不是 %2 字节记录的整数倍</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>record %1 has label %2 (CIFAR-10 labels are 0-9)</source>
        <translation>记录 %1 的标签为 %2（CIFAR-10 的标签应为 0-9）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no CIFAR-10 binary batches (data_batch_1.bin ...) were found</source>
        <translation>未找到 CIFAR-10 二进制批次文件（data_batch_1.bin ...）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not read the whole file</source>
        <translation>未能读取整个文件</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <location filename="../core/data/classnames.cpp" line="+29"/>
        <source>%1: holds %2 class names for %3 classes; the classes are numbered instead</source>
        <extracomment>%1 is a file, %2 and %3 numbers of class names</extracomment>
        <translation>%1：含 %2 个类别名称，但有 %3 个类别；改用编号命名类别</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: image %2 has label %3, outside the %4 classes; the images train without labels</source>
        <extracomment>%1 is a label file, %2 an image&apos;s number, %3 its label, %4 the number of classes</extracomment>
        <translation>%1：第 %2 张图像的标签为 %3，超出 %4 个类别；图像将不带标签训练</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: no image has the label of %2; the other %3 classes are kept</source>
        <extracomment>%1 is a label file, %2 a list of class names, %3 a number of classes</extracomment>
        <translation>%1：没有图像带有 %2 的标签；保留其余 %3 个类别</translation>
    </message>
</context>
<context>
    <name>CollapseMonitor</name>
    <message>
        <location filename="../core/eval/collapsemonitor.cpp" line="+33"/>
        <source>Mode collapse at step %1: the samples now cover %2% of the real images&apos; variety, down from %3% at step %4, though each still looks as real as before (precision %5%). The generator is drawing fewer kinds of image: go back to an earlier checkpoint, or lower the learning rates.</source>
        <extracomment>%1 is the step, %2 and %3 percentages, %4 the step of the best coverage, %5 a percentage</extracomment>
        <translation>第 %1 步出现模式坍缩：样本现在只覆盖真实图像多样性的 %2%，低于第 %4 步时的 %3%，但每张样本看起来仍与之前一样真实（精确率 %5%）。生成器生成的图像种类正在减少：请回退到较早的检查点，或降低学习率。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mode collapse at step %1: the samples look real (precision %3%) but cover only %2% of the real images&apos; variety. The generator draws a few kinds of image well and misses the rest; more steps rarely mend this: try a lower learning rate or a restart with another seed.</source>
        <extracomment>%1 is the step, %2 and %3 percentages</extracomment>
        <translation>第 %1 步出现模式坍缩：样本看起来很真实（精确率 %3%），但只覆盖了真实图像多样性的 %2%。生成器能画好少数几类图像，却遗漏了其余类型；增加步数很少能解决这一问题：请尝试降低学习率，或换一个随机种子重新开始。</translation>
    </message>
</context>
<context>
    <name>Compute</name>
    <message>
        <location filename="../core/base/compute.cpp" line="+25"/>
        <source>--device cuda was asked for, but this LibTorch build or machine has no CUDA device; use --device cpu or auto</source>
        <translation>要求使用 --device cuda，但此 LibTorch 构建或本机没有 CUDA 设备；请使用 --device cpu 或 auto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown device &apos;%1&apos; (expected auto, cpu or cuda)</source>
        <translation>未知设备 &apos;%1&apos;（应为 auto、cpu 或 cuda）</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>none found</source>
        <extracomment>in place of the BLAS library file, when no BLAS library is loaded</extracomment>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not OpenBLAS</source>
        <extracomment>the loaded BLAS library is not OpenBLAS</extracomment>
        <translation>不是 OpenBLAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequential</source>
        <extracomment>OpenBLAS built to run on one thread</extracomment>
        <translation>单线程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <extracomment>OpenBLAS reports a threading mode this build does not know</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibTorch %1, device %2, %3 thread(s), BLAS %4 (%5)</source>
        <extracomment>%1 is the LibTorch version, %2 the device (cpu or cuda), %3 the number of threads, %4 the BLAS library file, %5 how that BLAS runs its own threads</extracomment>
        <translation>LibTorch %1，设备 %2，%3 个线程，BLAS %4（%5）</translation>
    </message>
</context>
<context>
    <name>DataParallel</name>
    <message>
        <location filename="../core/train/dataparallel.cpp" line="+32"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 lost the others while receiving rank 0&apos;s weights: %2. Another rank has stopped, or has not answered within %3 s (--timeout); its own output says why</source>
        <extracomment>%1 names this process (&quot;rank 1 of 2&quot;), %2 is the network error, %3 the timeout in seconds</extracomment>
        <translation>%1 在接收 rank 0 的权重时与其他 rank 断开了连接：%2。另一个 rank 已停止，或未在 %3 秒内响应（--timeout）；原因请见其自身的输出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 lost the others while averaging the gradients: %2. Another rank has stopped, or has not answered within %3 s (--timeout); its own output says why</source>
        <extracomment>%1 names this process (&quot;rank 1 of 2&quot;), %2 is the network error, %3 the timeout in seconds</extracomment>
        <translation>%1 在平均梯度时与其他 rank 断开了连接：%2。另一个 rank 已停止，或未在 %3 秒内响应（--timeout）；原因请见其自身的输出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 lost the others while sharing the step&apos;s results: %2. Another rank has stopped, or has not answered within %3 s (--timeout); its own output says why</source>
        <extracomment>%1 names this process (&quot;rank 1 of 2&quot;), %2 is the network error, %3 the timeout in seconds</extracomment>
        <translation>%1 在共享本步结果时与其他 rank 断开了连接：%2。另一个 rank 已停止，或未在 %3 秒内响应（--timeout）；原因请见其自身的输出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 lost the others while receiving rank 0&apos;s checkpoint: %2. Another rank has stopped, or has not answered within %3 s (--timeout); its own output says why</source>
        <extracomment>%1 names this process (&quot;rank 1 of 2&quot;), %2 is the network error, %3 the timeout in seconds</extracomment>
        <translation>%1 在接收 rank 0 的检查点时与其他 rank 断开了连接：%2。另一个 rank 已停止，或未在 %3 秒内响应（--timeout）；原因请见其自身的输出</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 could not listen on %2:%3 within %4 s: %5</source>
        <extracomment>%1 names this process (&quot;rank 0 of 2&quot;), %2:%3 is its address and port, %4 seconds, %5 the error</extracomment>
        <translation>%1 未能在 %4 秒内于 %2:%3 上开始监听：%5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not meet rank 0 at %2:%3 within %4 s: %5</source>
        <extracomment>%1 names this process (&quot;rank 1 of 2&quot;), %2:%3 is rank 0&apos;s address and port, %4 seconds, %5 the error</extracomment>
        <translation>%1 未能在 %4 秒内与位于 %2:%3 的 rank 0 建立连接：%5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this LibTorch build has no NCCL, which distributed training on CUDA needs; use --device cpu</source>
        <translation>此 LibTorch 构建不含 NCCL，而在 CUDA 上进行分布式训练需要它；请使用 --device cpu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 could not set up its process group: %2</source>
        <extracomment>%1 names this process (&quot;rank 1 of 2&quot;), %2 is LibTorch&apos;s error</extracomment>
        <translation>%1 无法建立其进程组：%2</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <location filename="../core/data/datasetloader.cpp" line="+19"/>
        <source>no dataset path was given</source>
        <translation>未指定数据集路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>the dataset path does not exist</source>
        <translation>数据集路径不存在</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>is a single image; choose the folder that holds the training images</source>
        <translation>是单张图像；请选择存放训练图像的文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a dataset this studio reads (an image folder, IDX files or CIFAR-10 batches)</source>
        <translation>不是 Latent Studio 可读取的数据集（图像文件夹、IDX 文件或 CIFAR-10 批次文件）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the synthetic digits need a positive image count</source>
        <translation>合成数字的图像数量必须为正数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unrecognised dataset</source>
        <translation>无法识别的数据集</translation>
    </message>
</context>
<context>
    <name>DatasetPreview</name>
    <message>
        <location filename="../core/data/datasetpreview.cpp" line="+37"/>
        <source>no PNG, JPEG or BMP images were found in the folder or below it</source>
        <translation>在该文件夹及其子文件夹中未找到 PNG、JPEG 或 BMP 图像</translation>
    </message>
</context>
<context>
    <name>DatasetSpec</name>
    <message>
        <location filename="../core/data/datasetspec.cpp" line="+26"/>
        <source>unknown dataset source &apos;%1&apos; (expected synthetic-digits, auto, folder, idx or cifar10)</source>
        <translation>未知的数据集来源 &apos;%1&apos;（应为 synthetic-digits、auto、folder、idx 或 cifar10）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>built-in synthetic digits (%1 images)</source>
        <translation>内置合成数字（%1 张图像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>auto %1</source>
        <translation>自动检测 %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>folder %1</source>
        <translation>图像文件夹 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idx %1</source>
        <translation>IDX 文件 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cifar10 %1</source>
        <translation>CIFAR-10 批次文件 %1</translation>
    </message>
</context>
<context>
    <name>DirectionFinder</name>
    <message>
        <location filename="../core/latent/directionfinder.cpp" line="+24"/>
        <source>a VAE&apos;s directions need its project&apos;s dataset</source>
        <translation>VAE 的方向需要用到其项目的数据集</translation>
    </message>
</context>
<context>
    <name>DistributedSpec</name>
    <message>
        <location filename="../core/train/distributedspec.cpp" line="+18"/>
        <source>%1 is not set (--distributed reads torchrun&apos;s RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT)</source>
        <extracomment>%1 is an environment variable, e.g. RANK</extracomment>
        <translation>未设置 %1（--distributed 会读取 torchrun 的 RANK、WORLD_SIZE、MASTER_ADDR 和 MASTER_PORT）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is &apos;%2&apos;; expected a whole number from %3 to %4</source>
        <extracomment>%1 is an environment variable, %2 its value</extracomment>
        <translation>%1 为 &apos;%2&apos;；应为 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rank %1 of %2</source>
        <translation>rank %1（共 %2 个）</translation>
    </message>
</context>
<context>
    <name>EvaluationLog</name>
    <message>
        <location filename="../core/eval/evaluationlog.cpp" line="+17"/>
        <source>has other columns than this studio&apos;s evaluation log; move it away to start a new one</source>
        <translation>其中的列与 Latent Studio 的评估日志不同；请将其移走以开始新的日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot append to the evaluation log: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>无法追加写入评估日志：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the evaluation log: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>无法写入评估日志：%1</translation>
    </message>
</context>
<context>
    <name>FeatureNetwork</name>
    <message>
        <location filename="../core/eval/featurenetwork.cpp" line="+115"/>
        <source>a classifier of the data&apos;s %1 classes</source>
        <extracomment>%1 is a number of classes</extracomment>
        <translation>区分数据中 %1 个类别的分类器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an autoencoder of the data&apos;s images</source>
        <translation>针对数据中图像的自编码器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too few images to learn the quality scores&apos; features from</source>
        <translation>图像太少，无法从中学习质量评分所用的特征</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the data has no labels, so its images cannot be told apart by class</source>
        <translation>数据没有标签，因此无法按类别区分其图像</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is a feature network of another version; delete the evaluation folder and it is made again</source>
        <translation>是其他版本的特征网络；删除 evaluation 文件夹后会重新生成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is damaged (%1); delete the evaluation folder and it is made again</source>
        <translation>已损坏（%1）；删除 evaluation 文件夹后会重新生成</translation>
    </message>
</context>
<context>
    <name>FeatureStatistics</name>
    <message>
        <location filename="../core/eval/featureinput.cpp" line="+28"/>
        <source>the real images&apos; features</source>
        <extracomment>fills %1 in sentences such as &quot;%1 have too few rows&quot;</extracomment>
        <translation>真实图像的特征</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the generated images&apos; features</source>
        <extracomment>fills %1 in sentences such as &quot;%1 have too few rows&quot;</extracomment>
        <translation>生成图像的特征</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the features</source>
        <extracomment>fills %1 in sentences such as &quot;%1 have too few rows&quot;</extracomment>
        <translation>特征</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 must be a matrix of real numbers with one row per image and at least one column (their shape is %2).</source>
        <extracomment>%1 names a set of features (&quot;the real images&apos; features&quot;); %2 is a shape such as [3, 4, 5]</extracomment>
        <translation>%1 必须是实数矩阵，每张图像一行，且至少有一列（其形状为 %2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 have too few rows: %2, where at least %3 are needed.</source>
        <extracomment>%1 names a set of features, %2 and %3 are numbers of rows (images)</extracomment>
        <translation>%1 的行数太少：%2 行，至少需要 %3 行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 hold values that are not finite (NaN or infinity).</source>
        <extracomment>%1 names a set of features</extracomment>
        <translation>%1 中含有非有限值（NaN 或无穷大）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The real and generated images&apos; features differ in width: %1 and %2 values per image.</source>
        <extracomment>%1 and %2 are the numbers of features per image of the two sets</extracomment>
        <translation>真实图像与生成图像的特征宽度不同：每张图像分别为 %1 个和 %2 个值。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two Gaussians do not match: means of shapes %1 and %2, covariances of shapes %3 and %4 (each needs a mean of D values and a D x D covariance, with the same D).</source>
        <extracomment>%1 to %4 are tensor shapes such as [512] and [512, 512]</extracomment>
        <translation>两个高斯分布不匹配：均值的形状为 %1 和 %2，协方差的形状为 %3 和 %4（每个高斯分布都需要含 D 个值的均值和 D x D 的协方差，且 D 相同）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A Gaussian&apos;s mean or covariance holds values that are not finite (NaN or infinity).</source>
        <translation>高斯分布的均值或协方差中含有非有限值（NaN 或无穷大）。</translation>
    </message>
    <message>
        <location filename="../core/eval/featurestatistics.cpp" line="+188"/>
        <source>The number of bootstrap resamples cannot be negative (it is %1).</source>
        <extracomment>%1 is the number the settings asked for</extracomment>
        <translation>自助法重采样次数不能为负数（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The number of subsets must be at least 1 (it is %1).</source>
        <extracomment>%1 is the number the settings asked for</extracomment>
        <translation>子集数量必须至少为 1（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 have %2 rows: too few for %3 subsets of at least 2 rows each.</source>
        <extracomment>%1 names a set of features; %2 is its number of rows (images), %3 the number of subsets</extracomment>
        <translation>%1 只有 %2 行：不足以分成 %3 个子集（每个至少 2 行）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The number of neighbours k must be at least 1 (it is %1).</source>
        <extracomment>%1 is the number the settings asked for</extracomment>
        <translation>近邻数 k 必须至少为 1（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 have %2 rows: too few to find each row&apos;s %3 nearest other rows.</source>
        <extracomment>%1 names a set of features; %2 is its number of rows (images), %3 the number of neighbours k</extracomment>
        <translation>%1 只有 %2 行：不足以为每一行找到 %3 个与之最近的其他行。</translation>
    </message>
</context>
<context>
    <name>GanHealthMonitor</name>
    <message>
        <location filename="../core/train/ganhealthmonitor.cpp" line="+70"/>
        <source>The discriminator is winning outright (step %1): for %2 steps it has told generated images from real ones almost perfectly (mean D(G(z)) now %3), so the generator learns little. A lower discriminator learning rate, fewer D steps per G step, or the hinge or WGAN-GP loss may help.</source>
        <extracomment>%1 is the step, %2 a number of steps, %3 the discriminator&apos;s mean score for generated images</extracomment>
        <translation>判别器完全占优（第 %1 步）：在连续 %2 步中，它几乎完美地区分了生成图像与真实图像（当前 D(G(z)) 均值为 %3），因此生成器几乎学不到东西。降低判别器学习率、减少每个 G 步的 D 步数，或改用 hinge 或 WGAN-GP 损失可能会有帮助。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sample diversity is collapsing: generated images differ from each other by %1% of what real images do, for %2 steps (step %3). The generator may be making only a few kinds of image (mode collapse). Going back to an earlier checkpoint or lowering the generator&apos;s learning rate may help.</source>
        <extracomment>%1 is a percentage (the number alone), %2 a number of steps, %3 the step</extracomment>
        <translation>样本多样性正在坍缩：已连续 %2 步（第 %3 步），生成图像彼此之间的差异仅为真实图像间差异的 %1%。生成器可能只在生成少数几类图像（模式坍缩）。回退到较早的检查点或降低生成器的学习率可能会有帮助。</translation>
    </message>
</context>
<context>
    <name>GeneratorScorer</name>
    <message>
        <location filename="../core/eval/generatorscorer.cpp" line="+75"/>
        <source>%1 images of %2, in the features of %3</source>
        <extracomment>%1 is a number of images, %2 the dataset (its path, or the built-in digits), %3 what network the features are of</extracomment>
        <translation>%2 的 %1 张图像，特征来自%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the generator makes %1x%1 images with %2 channel(s); the real images are %3x%3 with %4</source>
        <extracomment>%1x%1 and %2 are the generator&apos;s image size and channels, %3x%3 and %4 the real images&apos;</extracomment>
        <translation>生成器生成的是 %1x%1、%2 通道的图像；而真实图像为 %3x%3、%4 通道</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the generator was trained without classes</source>
        <translation>该生成器训练时没有类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the generator&apos;s %1 classes cannot be judged: the features are of %2</source>
        <extracomment>%1 is a number of classes, %2 describes the feature network</extracomment>
        <translation>无法评判该生成器的 %1 个类别：特征来自%2</translation>
    </message>
</context>
<context>
    <name>GifWriter</name>
    <message>
        <location filename="../core/io/gifwriter.cpp" line="+21"/>
        <source>unknown GIF error</source>
        <translation>未知的 GIF 错误</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>writing the GIF failed: %1</source>
        <translation>写入 GIF 失败：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not reduce a frame to 256 colours</source>
        <translation>无法将某一帧缩减到 256 色</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there are no frames to write</source>
        <translation>没有可写入的帧</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write the GIF: %1</source>
        <translation>无法写入 GIF：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>finishing the GIF failed (is the disk full?): %1</source>
        <translation>完成 GIF 写入失败（磁盘是否已满？）：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a readable GIF: %1</source>
        <translation>不是可读取的 GIF：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the GIF is truncated or corrupt</source>
        <translation>GIF 文件被截断或已损坏</translation>
    </message>
</context>
<context>
    <name>IdxReader</name>
    <message>
        <location filename="../core/data/idxreader.cpp" line="+45"/>
        <source>cannot start decompressing the file</source>
        <translation>无法开始解压该文件</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot go on decompressing the file</source>
        <translation>无法继续解压该文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the compressed data is corrupt or cut short</source>
        <translation>压缩数据已损坏或不完整</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file is too short to be an IDX file</source>
        <translation>文件太短，不可能是 IDX 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrong magic number %1 (expected %2: unsigned bytes, %3 dimensions)</source>
        <extracomment>%1 and %2 are hexadecimal magic numbers, %3 a count</extracomment>
        <translation>魔数 %1 错误（应为 %2：无符号字节，%3 维）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the header is truncated</source>
        <translation>文件头被截断</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot open the file for reading: %1</source>
        <translation>无法打开文件进行读取：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>holds %1 labels for %2 images</source>
        <extracomment>%1 and %2 are numbers of labels and images</extracomment>
        <translation>含 %1 个标签，但有 %2 张图像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is truncated: its header promises %1 labels but it holds only %2</source>
        <extracomment>%1 and %2 are numbers of labels</extracomment>
        <translation>文件被截断：文件头声明 %1 个标签，但只含 %2 个</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the images train without labels</source>
        <extracomment>%1 says what is wrong with the labels file (it names the file)</extracomment>
        <translation>%1；图像将不带标签训练</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the header gives a zero dimension (%1 x %2 x %3)</source>
        <translation>文件头给出的维度中有零（%1 x %2 x %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header gives impossible dimensions (%1 x %2 x %3)</source>
        <translation>文件头给出的维度不可能成立（%1 x %2 x %3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is truncated: its header promises %1 images of %2x%3 (%4 bytes) but it holds only %5</source>
        <extracomment>%1 images of %2 rows by %3 columns, %4 and %5 numbers of bytes</extracomment>
        <translation>文件被截断：文件头声明有 %1 张 %2x%3 的图像（%4 字节），但文件只包含 %5 字节</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no IDX images file (such as train-images-idx3-ubyte) was found</source>
        <translation>未找到 IDX 图像文件（如 train-images-idx3-ubyte）</translation>
    </message>
</context>
<context>
    <name>ImageDecode</name>
    <message>
        <location filename="../core/io/imagedecode.cpp" line="+51"/>
        <source>the file is larger than 1 GB; the studio does not read images that big</source>
        <translation>文件大于 1 GB；Latent Studio 不读取这么大的图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the %1 is truncated (its end marker is missing)</source>
        <extracomment>%1 is the image format: PNG, JPEG or BMP</extracomment>
        <translation>该 %1 文件被截断（缺少结束标记）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the %1 could not be decoded (it is corrupt)</source>
        <extracomment>%1 is the image format: PNG, JPEG or BMP</extracomment>
        <translation>该 %1 文件无法解码（已损坏）</translation>
    </message>
</context>
<context>
    <name>ImageFolderReader</name>
    <message>
        <location filename="../core/data/imagefolderreader.cpp" line="+67"/>
        <source>its pixel format is not supported</source>
        <translation>不支持其像素格式</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no PNG, JPEG or BMP images were found in the folder or below it</source>
        <translation>在该文件夹及其子文件夹中未找到 PNG、JPEG 或 BMP 图像</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 images sit beside the class subfolders rather than in one; the images train without classes</source>
        <extracomment>%1 is a folder, %2 a number of images</extracomment>
        <translation>%1：有 %2 张图像位于类别子文件夹之外；图像将不带类别训练</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: skipped, %2</source>
        <extracomment>%1 is a file name, %2 why it could not be read</extracomment>
        <translation>%1：已跳过，%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: holds no usable images, so it is not a class</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>%1：没有可用图像，因此不算一个类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none of the %1 image files in the folder could be read</source>
        <translation>文件夹中的 %1 个图像文件均无法读取</translation>
    </message>
</context>
<context>
    <name>ImageHeader</name>
    <message>
        <location filename="../core/io/imageheader.cpp" line="+20"/>
        <source>the image is truncated (the PNG header is cut off)</source>
        <translation>图像被截断（PNG 文件头不完整）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image is truncated (a JPEG marker is cut off)</source>
        <translation>图像被截断（某个 JPEG 标记不完整）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image is truncated (a JPEG segment length is cut off)</source>
        <translation>图像被截断（某个 JPEG 段的长度字段不完整）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image is truncated (a JPEG segment is cut off)</source>
        <translation>图像被截断（某个 JPEG 段不完整）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image is truncated (the BMP header is cut off)</source>
        <translation>图像被截断（BMP 文件头不完整）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image is truncated</source>
        <translation>图像被截断</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the image is corrupt (the PNG does not start with its IHDR chunk)</source>
        <translation>图像已损坏（PNG 未以 IHDR 块开头）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the image is corrupt (PNG colour type %1 with %2-bit samples)</source>
        <translation>图像已损坏（PNG 颜色类型 %1 搭配 %2 位采样）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image is corrupt (its PNG header claims an impossible size)</source>
        <translation>图像已损坏（其 PNG 文件头声明了不可能的尺寸）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the image is corrupt (a JPEG segment does not start with a marker)</source>
        <translation>图像已损坏（某个 JPEG 段不是以标记开头）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the image is corrupt (the JPEG has no frame header before its image data)</source>
        <translation>图像已损坏（JPEG 在图像数据之前没有帧头）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the image is corrupt (a JPEG segment length below 2)</source>
        <translation>图像已损坏（某个 JPEG 段的长度小于 2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the image is corrupt (a JPEG frame header is too short)</source>
        <translation>图像已损坏（某个 JPEG 帧头过短）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the JPEG gives its height only after the image data (a DNL marker), which is not supported</source>
        <translation>该 JPEG 在图像数据之后才给出高度（DNL 标记），不支持这种情况</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the image is corrupt (an unknown BMP header size of %1)</source>
        <translation>图像已损坏（未知的 BMP 文件头大小 %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the image is corrupt (its BMP header claims %1 x %2 pixels)</source>
        <translation>图像已损坏（其 BMP 文件头声明为 %1 x %2 像素）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a PNG, JPEG or BMP image</source>
        <translation>不是 PNG、JPEG 或 BMP 图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image is corrupt (its %1 header claims %2 x %3 pixels)</source>
        <extracomment>%1 is the image format (PNG, JPEG or BMP), %2 x %3 the width and height it claims</extracomment>
        <translation>图像已损坏（其 %1 文件头声明为 %2 x %3 像素）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>claims %1 x %2 pixels in its %3 header; the studio reads images of up to 100 megapixels and %4 pixels a side</source>
        <extracomment>%1 x %2 are the width and height the file claims, %3 its format (PNG, JPEG or BMP), %4 the largest side the studio reads</extracomment>
        <translation>其 %3 文件头声明为 %1 x %2 像素；Latent Studio 只读取不超过 1 亿像素且每边不超过 %4 像素的图像</translation>
    </message>
</context>
<context>
    <name>InferenceEngine</name>
    <message>
        <location filename="../core/latent/inferenceengine.cpp" line="+60"/>
        <source>%1 class choices were given for %2 images</source>
        <extracomment>%1 and %2 are counts</extracomment>
        <translation>为 %2 张图像给出了 %1 个类别选择</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a class choice has %1 weights; this model has %2 classes</source>
        <extracomment>%1 and %2 are numbers of classes</extracomment>
        <translation>一个类别选择有 %1 个权重；此模型有 %2 个类别</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the checkpoint&apos;s weights could not be loaded: %1</source>
        <extracomment>%1 is LibTorch&apos;s message</extracomment>
        <translation>无法加载检查点的权重：%1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is not a TorchScript file this LibTorch can load</source>
        <translation>不是此 LibTorch 能加载的 TorchScript 文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the generator does not accept latent vectors of size %1</source>
        <translation>生成器不接受大小为 %1 的潜在向量</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no latent size from 1 to 1024 works with this generator; give it with --latent-dim or a sidecar JSON {&quot;latent_dim&quot;: N}</source>
        <extracomment>--latent-dim is a command-line option and {&quot;latent_dim&quot;: N} JSON: keep them as written</extracomment>
        <translation>1 到 1024 之间的潜在维度均不适用于此生成器；请用 --latent-dim 或附带的 JSON 文件 {&quot;latent_dim&quot;: N} 指定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the generator&apos;s output is not a batch of gray or RGB images [N, 1|3, H, W]</source>
        <translation>生成器的输出不是一批灰度或 RGB 图像 [N, 1|3, H, W]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the generator&apos;s output spans [%1, %2]; images in [-1, 1] are expected</source>
        <extracomment>%1 and %2 are the lowest and highest pixel values</extracomment>
        <translation>生成器的输出范围为 [%1, %2]；应输出取值在 [-1, 1] 内的图像</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>there is no class %1: this model has classes 0 to %2</source>
        <extracomment>%1 is a class number, %2 the number of classes</extracomment>
        <translation>没有类别 %1：此模型的类别为 0 到 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a latent vector has %1 values; this model takes %2</source>
        <translation>潜在向量有 %1 个值；此模型需要 %2 个</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>only a VAE can encode an image; this model is a GAN</source>
        <translation>只有 VAE 能编码图像；此模型是 GAN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its pixel format is not supported</source>
        <translation>不支持其像素格式</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a VAE&apos;s directions come from encodings of real images; use principalDirectionsOfEncodings</source>
        <extracomment>principalDirectionsOfEncodings is a function&apos;s name: keep it as written</extracomment>
        <translation>VAE 的方向来自真实图像的编码；请使用 principalDirectionsOfEncodings</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>only a VAE encodes images; a GAN&apos;s directions come from principalDirections</source>
        <extracomment>principalDirections is a function&apos;s name: keep it as written</extracomment>
        <translation>只有 VAE 能编码图像；GAN 的方向来自 principalDirections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the images to encode are not at the VAE&apos;s size and channels</source>
        <translation>要编码的图像与 VAE 的尺寸和通道数不符</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <source>only a studio-trained model can be exported</source>
        <translation>只能导出在 Latent Studio 中训练的模型</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>could not build the TorchScript module: %1</source>
        <extracomment>%1 is LibTorch&apos;s message</extracomment>
        <translation>无法构建 TorchScript 模块：%1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../core/base/jsonfields.cpp" line="+28"/>
        <source>field &apos;%1&apos; should be a number</source>
        <translation>字段 &apos;%1&apos; 应为数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>field &apos;%1&apos; should be a whole number</source>
        <translation>字段 &apos;%1&apos; 应为整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field &apos;%1&apos; should be a whole number in range</source>
        <translation>字段 &apos;%1&apos; 应为范围内的整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &apos;%1&apos; should be true or false</source>
        <translation>字段 &apos;%1&apos; 应为 true 或 false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &apos;%1&apos; should be a string</source>
        <translation>字段 &apos;%1&apos; 应为字符串</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field &apos;%1&apos; should be an object</source>
        <translation>字段 &apos;%1&apos; 应为对象</translation>
    </message>
</context>
<context>
    <name>LatentPath</name>
    <message>
        <location filename="../core/latent/latentpath.cpp" line="+17"/>
        <source>every keyframe needs its class, or none</source>
        <translation>每个关键帧都需要类别，或都不要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyframes&apos; classes differ in number</source>
        <translation>各关键帧的类别数不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an interpolation needs at least two keyframes</source>
        <translation>插值至少需要两个关键帧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyframes&apos; latent vectors differ in size</source>
        <translation>各关键帧的潜在向量大小不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there must be at least one frame between keyframes</source>
        <translation>关键帧之间至少要有一帧</translation>
    </message>
</context>
<context>
    <name>MetricsLog</name>
    <message>
        <location filename="../core/train/metricslog.cpp" line="+21"/>
        <source>has other columns than this model logs; move it away to start a new log</source>
        <translation>其中的列与此模型记录的列不同；请将其移走以开始新的日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot append to the metrics log: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>无法追加写入指标日志：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the metrics log: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>无法写入指标日志：%1</translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <location filename="../core/models/modelspec.cpp" line="+46"/>
        <source>unknown discriminator normalisation &apos;%1&apos; (expected auto, batch, layer or none)</source>
        <translation>未知的判别器归一化“%1”（应为 auto、batch、layer 或 none）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown conditioning &apos;%1&apos; (expected auto, on or off)</source>
        <translation>未知的条件设置“%1”（应为 auto、on 或 off）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model is set to be conditional, but the data set has no labels (Model &gt; Conditional: auto or off trains without them)</source>
        <translation>模型设为条件模型，但数据集没有标签（模型 &gt; 条件：选自动或关闭则不用标签训练）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the data set has %1 classes; a conditional model takes at most %2</source>
        <extracomment>%1 and %2 are numbers of classes</extracomment>
        <translation>数据集有 %1 个类别；条件模型最多支持 %2 个</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown model &apos;%1&apos; (expected dcgan or vae)</source>
        <translation>未知模型 &apos;%1&apos;（应为 dcgan 或 vae）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown GAN loss &apos;%1&apos; (expected bce, wgan-gp, hinge or lsgan)</source>
        <translation>未知的 GAN 损失 &apos;%1&apos;（应为 bce、wgan-gp、hinge 或 lsgan）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown reconstruction loss &apos;%1&apos; (expected bce or mse)</source>
        <translation>未知的重建损失 &apos;%1&apos;（应为 bce 或 mse）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>image size %1 is out of range (16 to 256; 28, 32, 64 and 128 are usual)</source>
        <translation>图像尺寸 %1 超出范围（16 到 256；常用 28、32、64 和 128）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channels must be 1 (gray) or 3 (RGB), not %1</source>
        <translation>通道数必须为 1（灰度）或 3（RGB），而不是 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latent size %1 is out of range (1 to 4096)</source>
        <translation>潜在维度 %1 超出范围（1 到 4096）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>width %1 is out of range (4 to 1024)</source>
        <translation>宽度 %1 超出范围（4 到 1024）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beta must be between 0 and 1000</source>
        <translation>beta 必须在 0 到 1000 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 classes is out of range (2 to %2)</source>
        <translation>%1 个类别超出范围（2 到 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WGAN-GP&apos;s critic cannot use BatchNorm: its gradient penalty is per image (choose layer or none)</source>
        <translation>WGAN-GP 的评论器不能使用 BatchNorm：它的梯度惩罚是逐图像计算的（请选择 layer 或 none）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dcgan %1x%1x%2, z %3, width %4, loss %5</source>
        <extracomment>%1 is the image side, %2 its channels, %3 the latent size, %4 the width, %5 the loss&apos;s name (bce, wgan-gp...); dcgan is the model&apos;s name as the command line takes it</extracomment>
        <translation>dcgan %1x%1x%2，z 维度 %3，宽度 %4，损失 %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, D norm %1</source>
        <extracomment>%1 is batch, layer or none as the command line takes them</extracomment>
        <translation>，判别器归一化 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, spectral norm</source>
        <translation>，谱归一化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, minibatch std</source>
        <translation>，小批量标准差</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>, %1 classes</source>
        <extracomment>%1 is a number of classes</extracomment>
        <translation>，%1 个类别</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>vae %1x%1x%2, z %3, width %4, recon %5, beta %6</source>
        <extracomment>%1 is the image side, %2 its channels, %3 the latent size, %4 the width, %5 the reconstruction loss&apos;s name (bce or mse), %6 the weight of the KL term; vae is the model&apos;s name as the command line takes it</extracomment>
        <translation>vae %1x%1x%2，z 维度 %3，宽度 %4，重建损失 %5，beta %6</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>model.class_names must be a list of names</source>
        <translation>model.class_names 必须是名称列表</translation>
    </message>
</context>
<context>
    <name>NpyFile</name>
    <message>
        <location filename="../core/io/npyfile.cpp" line="+48"/>
        <source>cannot write a matrix of %1 x %2 values</source>
        <extracomment>%1 and %2 are the matrix&apos;s rows and columns as asked for (one was negative)</extracomment>
        <translation>无法写入 %1 x %2 个值的矩阵</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>is not a NumPy .npy file</source>
        <translation>不是 NumPy .npy 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is a .npy file of version %1, which this reader does not know</source>
        <extracomment>%1 is a version such as 4.0</extracomment>
        <translation>是版本为 %1 的 .npy 文件，此读取器不支持该版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>is cut short inside its header</source>
        <translation>在文件头中途被截断</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a header this reader cannot understand</source>
        <translation>其文件头无法被此读取器解析</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>holds values of type %1; only float64 and float32 are read</source>
        <extracomment>%1 is a NumPy type code such as &lt;i4</extracomment>
        <translation>包含类型为 %1 的值；仅支持读取 float64 和 float32</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds an array of %1 dimensions; only 1 or 2 are read</source>
        <extracomment>%1 is the array&apos;s number of dimensions, such as 3</extracomment>
        <translation>包含 %1 维数组；仅支持读取 1 维或 2 维数组</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>holds %1 bytes of data where its header promises %2 x %3 values</source>
        <extracomment>%1 is a number of bytes; %2 and %3 are the array&apos;s rows and columns</extracomment>
        <translation>包含 %1 字节的数据，而其文件头声明有 %2 x %3 个值</translation>
    </message>
</context>
<context>
    <name>PathAnimation</name>
    <message>
        <location filename="../core/latent/pathanimation.cpp" line="+19"/>
        <source>an animation needs at least one path</source>
        <translation>动画至少需要一条路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the paths of a grid video must have the same number of frames</source>
        <translation>网格视频中的各条路径帧数必须相同</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the paths of a grid video must all have classes, or none</source>
        <translation>网格视频的各条路径必须都有类别，或都没有</translation>
    </message>
</context>
<context>
    <name>PngFile</name>
    <message>
        <location filename="../core/io/pngfile.cpp" line="+62"/>
        <source>is not a PNG file</source>
        <translation>不是 PNG 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PNG is truncated</source>
        <translation>PNG 文件被截断</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>its pixel format is not supported</source>
        <translation>不支持其像素格式</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../core/project/presets.cpp" line="+40"/>
        <source>DCGAN for CIFAR-10 or any small colour photos, 32x32 RGB with flips (give --dataset)</source>
        <extracomment>--dataset is a command-line option: keep it as written</extracomment>
        <translation>用于 CIFAR-10 或任意小尺寸彩色照片的 DCGAN，32x32 RGB，带翻转（需指定 --dataset）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCGAN on the built-in digits, 28x28 gray: the default, digits in about 1500 steps</source>
        <translation>基于内置数字的 DCGAN，28x28 灰度：默认预设，约 1500 步即可生成数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convolutional VAE on the built-in digits, 28x28 gray, 16 latent dimensions</source>
        <translation>基于内置数字的卷积 VAE，28x28 灰度，16 个潜在维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCGAN for MNIST, Fashion-MNIST or any 28x28 gray images (give --dataset)</source>
        <extracomment>--dataset is a command-line option: keep it as written</extracomment>
        <translation>适用于 MNIST、Fashion-MNIST 或任何 28x28 灰度图像的 DCGAN（请提供 --dataset）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGAN-GP on the built-in digits: 5 critic steps per generator step, Adam 1e-4 (0, 0.9)</source>
        <translation>基于内置数字的 WGAN-GP：每个生成器步对应 5 个评判器步，Adam 1e-4 (0, 0.9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The standard DCGAN of Radford et al., 64x64 RGB, for a folder of photos (give --dataset)</source>
        <extracomment>--dataset is a command-line option: keep it as written</extracomment>
        <translation>Radford 等人提出的标准 DCGAN，64x64 RGB，用于照片文件夹（需指定 --dataset）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown preset &apos;%1&apos; (built in: %2)</source>
        <extracomment>%2 is the list of the built-in presets&apos; names</extracomment>
        <translation>未知预设 &apos;%1&apos;（内置预设：%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>preset %1</source>
        <extracomment>Names where faulty settings came from, in messages like &quot;preset digits-dcgan: steps must be at least 1&quot;</extracomment>
        <translation>预设 %1</translation>
    </message>
</context>
<context>
    <name>ProgressEstimate</name>
    <message>
        <location filename="../core/train/progressestimate.cpp" line="+41"/>
        <source>%1h%2m</source>
        <extracomment>a duration: %1 hours, %2 minutes (two digits), e.g. &quot;2h05m&quot;</extracomment>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1m%2s</source>
        <extracomment>a duration: %1 minutes, %2 seconds (two digits), e.g. &quot;2m37s&quot;</extracomment>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1s</source>
        <extracomment>a duration in seconds, e.g. &quot;42s&quot;</extracomment>
        <translation>%1秒</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <location filename="../app/cli/progressprinter.cpp" line="+61"/>
        <source>step %1/%2 %3%  %4 img/s  elapsed %5  left %6</source>
        <extracomment>%1 the step, %2 the steps in all, %3 the percentage done (padded to 3 characters), %4 images per second, %5 the time so far, %6 the time left</extracomment>
        <translation>第 %1/%2 步 %3%  %4 张/秒  已用 %5  剩余 %6</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>checkpoint at step %1: %2</source>
        <translation>第 %1 步的检查点：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scores at step %1: FD %2 ± %3  KID %4 ± %5  precision %6  coverage %7</source>
        <extracomment>%1 the step, then FD and its error, KID and its error, precision, coverage</extracomment>
        <translation>步骤 %1 的评分：FD %2 ± %3  KID %4 ± %5  精确率 %6  覆盖率 %7</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../core/project/project.cpp" line="+31"/>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exists and is not a folder</source>
        <translation>已存在且不是文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already holds a project; use &apos;resume&apos; to continue it or choose a new folder</source>
        <translation>已包含一个项目；请使用 &apos;resume&apos; 继续该项目，或选择新文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not empty; choose a new or empty folder for the project</source>
        <translation>不是空文件夹；请为项目选择一个新的或空的文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the project folder</source>
        <translation>无法创建项目文件夹</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the project folder does not exist</source>
        <translation>项目文件夹不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder is not a Latent Studio project (project.json is missing)</source>
        <translation>该文件夹不是 Latent Studio 项目（缺少 project.json）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not valid JSON (%1 at byte %2)</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset in the file</extracomment>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not hold a JSON object</source>
        <translation>不包含 JSON 对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot copy the checkpoint here</source>
        <translation>无法将检查点复制到此处</translation>
    </message>
</context>
<context>
    <name>ProjectConfig</name>
    <message>
        <location filename="../core/project/projectconfig.cpp" line="+92"/>
        <source>batch size must be between 1 and 4096</source>
        <translation>批大小必须在 1 到 4096 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>steps must be at least 1</source>
        <translation>步数必须至少为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learning rates must be above 0 and below 10</source>
        <translation>学习率必须大于 0 且小于 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam betas must be in [0, 1)</source>
        <translation>Adam 的 beta 值必须在 [0, 1) 范围内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D steps per G step must be between 1 and 100</source>
        <translation>每个 G 步的 D 步数必须在 1 到 100 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log, sample and checkpoint intervals must be at least 1</source>
        <translation>日志、样本和检查点间隔必须至少为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the evaluation interval cannot be negative (0 turns evaluation off)</source>
        <translation>评估间隔不能为负数（0 表示关闭评估）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evaluation samples must be between 100 and 50000</source>
        <translation>评估样本数必须在 100 到 50000 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held-out images must be &quot;auto&quot;, 0 or a positive count</source>
        <translation>留出图像数必须为 &quot;auto&quot;、0 或正整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of checkpoints to keep cannot be negative</source>
        <translation>要保留的检查点数量不能为负数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the seed must be at most 9007199254740991 (2^53 - 1)</source>
        <translation>随机种子不能大于 9007199254740991（2^53 - 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weight average&apos;s half-life must be between 0 (none) and 1000000 thousand images</source>
        <translation>权重平均的半衰期必须在 0（不使用）到 1000000 千张图像之间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weight average&apos;s ramp must be between 0 (none) and 10</source>
        <translation>权重平均的爬升比例必须在 0（不使用）到 10 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mode-seeking weight must be &quot;auto&quot; or between 0 (none) and 100</source>
        <translation>模式寻求权重必须为“auto”，或在 0（不使用）到 100 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the class guide&apos;s weight must be &quot;auto&quot; or between 0 (none) and 100</source>
        <translation>类别引导的权重必须是 &quot;auto&quot; 或介于 0（无）与 100 之间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sample grid shows at most %2 classes, not %1</source>
        <extracomment>%1 is how many classes were listed, %2 the most the grid shows</extracomment>
        <translation>样本网格最多显示 %2 个类别，而不是 %1 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown augmentation &apos;%1&apos; (expected off, auto, adaptive or a list of color, translation and cutout)</source>
        <extracomment>%1 is the setting as written; off, auto, adaptive, color, translation and cutout are the words project.json takes</extracomment>
        <translation>未知的数据增强“%1”（应为 off、auto、adaptive，或 color、translation、cutout 组成的列表）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the gradient penalty weight must be between 0 and 1000000</source>
        <translation>梯度惩罚权重必须在 0 到 1000000 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the synthetic digits need a positive image count</source>
        <translation>合成数字的图像数量必须为正数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>threads must be 0 (automatic) or a positive count</source>
        <translation>线程数必须为 0（自动）或正数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device must be auto, cpu or cuda</source>
        <translation>设备必须为 auto、cpu 或 cuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dataset needs a path (an image folder, IDX files or CIFAR-10 batches)</source>
        <translation>数据集需要路径（图像文件夹、IDX 文件或 CIFAR-10 批次文件）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>is not a Latent Studio project file (no &quot;format&quot;: &quot;latent-studio-project&quot;)</source>
        <translation>不是 Latent Studio 项目文件（缺少 &quot;format&quot;: &quot;latent-studio-project&quot;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no valid format_version</source>
        <translation>没有有效的 format_version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was written by a newer Latent Studio (project format %1; this build reads up to %2)</source>
        <translation>由更新版本的 Latent Studio 写入（项目格式 %1；此版本最高可读取 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the &quot;%1&quot; section is missing</source>
        <translation>缺少 &quot;%1&quot; 部分</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>training.grid_classes must be a list of class names</source>
        <translation>training.grid_classes 必须是类别名称的列表</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <location filename="../core/project/projectlock.cpp" line="+27"/>
        <source>is being trained by another program (process %1 on %2); stop that run first, or wait for it to finish</source>
        <extracomment>%1 is a process id, %2 a host name</extracomment>
        <translation>正在被另一个程序训练（%2 上的进程 %1）；请先停止该训练运行，或等待其结束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is being trained by %1 (process %2 on %3); stop that run first, or wait for it to finish</source>
        <extracomment>%1 is a program name, %2 a process id, %3 a host name</extracomment>
        <translation>正在被 %1 训练（%3 上的进程 %2）；请先停止该训练运行，或等待其结束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the training lock here (is the folder writable?)</source>
        <translation>无法在此处创建训练锁（该文件夹是否可写？）</translation>
    </message>
</context>
<context>
    <name>ReferenceFeatures</name>
    <message>
        <location filename="../core/eval/referencefeatures.cpp" line="+70"/>
        <source>is damaged (%1); delete the evaluation folder and it is computed again</source>
        <translation>已损坏（%1）；删除 evaluation 文件夹后会重新计算</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>holds %1 feature rows where reference.json says %2; delete the evaluation folder and it is computed again</source>
        <translation>包含 %1 行特征，而 reference.json 中记录的是 %2 行；删除 evaluation 文件夹后会重新计算</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>holds %1 features per image where reference.json says %2; delete the evaluation folder and it is computed again</source>
        <extracomment>%1 and %2 are numbers of values per image</extracomment>
        <translation>每张图像有 %1 个特征，而 reference.json 中记录的是 %2 个；删除 evaluation 文件夹后会重新计算</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create the evaluation folder</source>
        <translation>无法创建 evaluation 文件夹</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, in the features of %2</source>
        <extracomment>%1 says what the real images are (&quot;2000 held-out images&quot;), %2 what network the features are of</extracomment>
        <translation>%1，特征来自 %2</translation>
    </message>
</context>
<context>
    <name>ReferenceSet</name>
    <message>
        <location filename="../core/eval/referenceset.cpp" line="+51"/>
        <source>%1 held-out images</source>
        <extracomment>%1 is a number of images</extracomment>
        <translation>%1 张留出图像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 freshly rendered digits</source>
        <extracomment>%1 is a number of images of the built-in digits that training never used</extracomment>
        <translation>%1 张新渲染的数字图像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 training images (none held out)</source>
        <extracomment>%1 is a number of images</extracomment>
        <translation>%1 张训练图像（未留出任何图像）</translation>
    </message>
</context>
<context>
    <name>SampleExport</name>
    <message>
        <location filename="../core/latent/sampleexport.cpp" line="+65"/>
        <source>the number of samples must be at least 1</source>
        <translation>样本数量必须至少为 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>every latent vector needs its class</source>
        <translation>每个潜向量都需要类别</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this model was trained without classes, so it cannot be asked for one</source>
        <translation>此模型训练时没有类别，因此无法指定类别</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>StudioError</name>
    <message>
        <location filename="../core/base/studioerror.cpp" line="+16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TensorBoardLog</name>
    <message>
        <location filename="../core/io/tensorboardlog.cpp" line="+118"/>
        <source>could not create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>could not be created: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>could not be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>TorchScriptBuilder</name>
    <message>
        <location filename="../core/latent/torchscriptbuilder.cpp" line="+44"/>
        <source>cannot export a layer of type %1 to TorchScript</source>
        <extracomment>%1 is the type name of a LibTorch layer</extracomment>
        <translation>无法将类型为 %1 的层导出为 TorchScript</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../core/train/trainingrecorder.cpp" line="+35"/>
        <source>Could not write the metrics log: %1. Training is paused; free some space and resume.</source>
        <extracomment>%1 is why (an error naming the file)</extracomment>
        <translation>无法写入指标日志：%1。训练已暂停；请释放一些空间后继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the sample grid: %1. Training is paused; free some space and resume.</source>
        <extracomment>%1 is why (an error naming the file)</extracomment>
        <translation>无法写入样本网格：%1。训练已暂停；请释放一些空间后继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the checkpoint: %1. Training is paused; free some space and resume.</source>
        <extracomment>%1 is why (an error naming the file)</extracomment>
        <translation>无法写入检查点：%1。训练已暂停；请释放一些空间后继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the final checkpoint: %1. Training is paused; free some space and resume.</source>
        <extracomment>%1 is why (an error naming the file)</extracomment>
        <translation>无法写入最终检查点：%1。训练已暂停；请释放一些空间后继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the evaluation log: %1. Training is paused; free some space and resume.</source>
        <extracomment>%1 is why (an error naming the file)</extracomment>
        <translation>无法写入评估日志：%1。训练已暂停；请释放一些空间后继续。</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The sample grid cannot show %1: the model&apos;s classes are %2.</source>
        <extracomment>%1 lists the names asked for, %2 the model&apos;s classes</extracomment>
        <translation>样本网格无法显示 %1：模型的类别是 %2。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Preparing the quality scores (once per project: a feature network learns from the data)…</source>
        <translation>正在准备质量评分（每个项目一次：特征网络从数据中学习）…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No quality scores for this run: %1</source>
        <extracomment>%1 says why the scores could not be prepared</extracomment>
        <translation>本次训练运行没有质量评分：%1</translation>
    </message>
    <message>
        <location filename="../core/train/divergencecheck.cpp" line="+17"/>
        <source>the generator&apos;s gradient</source>
        <translation>生成器的梯度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the discriminator&apos;s gradient</source>
        <translation>判别器的梯度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the VAE&apos;s gradient</source>
        <translation>VAE 的梯度</translation>
    </message>
    <message>
        <location filename="../core/train/trainingsession.cpp" line="+54"/>
        <source>this training session has already been started</source>
        <translation>此训练会话已经启动</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>LibTorch error: %1</source>
        <translation>LibTorch 错误：%1</translation>
    </message>
    <message>
        <location filename="../core/train/trainingrun.cpp" line="+63"/>
        <source>Loading %1</source>
        <extracomment>%1 describes the data set, e.g. &quot;MNIST (60000 images)&quot;</extracomment>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conditional on %1 classes: %2</source>
        <extracomment>%1 is a number of classes, %2 their names</extracomment>
        <translation>以 %1 个类别为条件：%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Joining the run as %1 at %2:%3</source>
        <extracomment>%1 names this process (&quot;rank 1 of 2&quot;), %2:%3 is rank 0&apos;s address and port</extracomment>
        <translation>正在以 %1 的身份加入 %2:%3 上的训练运行</translation>
    </message>
    <message>
        <location filename="../core/train/rankagreement.cpp" line="+48"/>
        <source>%1 other rank(s) were given other settings; every rank must train the same model, data and optimiser settings</source>
        <translation>另有 %1 个 rank 的设置不同；所有 rank 必须使用相同的模型、数据和优化器设置进行训练</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>differs from rank 0&apos;s settings (%1); every rank must train the same model, data and optimiser settings</source>
        <extracomment>%1 lists the sections of the settings that differ, e.g. &quot;model, training&quot;</extracomment>
        <translation>与 rank 0 的设置不同（%1）；所有 rank 必须使用相同的模型、数据和优化器设置进行训练</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>rank 0 could not resume; its output says why</source>
        <translation>rank 0 无法继续训练；原因请见其输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank 0&apos;s checkpoint</source>
        <translation>rank 0 的检查点</translation>
    </message>
    <message>
        <location filename="../core/train/trainingrun.cpp" line="-37"/>
        <source>holds only %1 usable images, fewer than the %2 ranks</source>
        <extracomment>%1 images, %2 the number of ranks</extracomment>
        <translation>只有 %1 张可用图像，少于 %2 个进程</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1 usable images: each batch holds %2 instead of %3</source>
        <extracomment>%1 images, %2 the smaller batch, %3 the batch asked for</extracomment>
        <translation>只有 %1 张可用图像：每个批次 %2 张，而不是 %3 张</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 images is a small data set: the discriminator sees them shifted as much as it needs (adaptive augmentation, Training &gt; Augment)</source>
        <extracomment>%1 is the number of training images</extracomment>
        <translation>%1 张图像是一个小数据集：判别器会按需要看到平移后的图像（自适应数据增强，训练 &gt; 数据增强）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cutout on a small data set (%1 images) can leak into the samples: on 100 digits they showed its grey squares. Adaptive augmentation without cutout leaves no trace (Training &gt; Augment)</source>
        <extracomment>%1 is the number of training images</extracomment>
        <translation>在小数据集（%1 张图像）上使用随机遮挡（cutout）可能泄漏到样本中：在 100 张数字图像上，样本出现了它的灰色方块。不含随机遮挡的自适应数据增强不留痕迹（训练 &gt; 数据增强）</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>there is no checkpoint to resume from</source>
        <translation>没有可用于继续训练的检查点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; trying an older checkpoint</source>
        <extracomment>%1 is why a checkpoint could not be read</extracomment>
        <translation>%1；正在尝试较旧的检查点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no checkpoint in the folder could be read</source>
        <translation>文件夹中没有可读取的检查点</translation>
    </message>
    <message>
        <location filename="../core/train/trainingstate.cpp" line="+49"/>
        <source>the checkpoint&apos;s weights do not fit this model: %1</source>
        <translation>检查点的权重与此模型不匹配：%1</translation>
    </message>
    <message>
        <location filename="../core/train/trainingsession.cpp" line="+78"/>
        <source>Went back to the start (no checkpoint had been written). Resume when ready; a lower learning rate may help.</source>
        <translation>已回退到起点（尚未写入任何检查点）。准备好后请继续训练；降低学习率可能会有帮助。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Went back to the checkpoint of step %1. Resume when ready; a lower learning rate may help.</source>
        <translation>已回退到第 %1 步的检查点。准备好后请继续训练；降低学习率可能会有帮助。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Trying the final checkpoint again.</source>
        <translation>正在再次尝试写入最终检查点。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stopped after divergence; nothing was saved from the diverged weights.</source>
        <translation>已因发散而停止；发散后的权重均未保存。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the final checkpoint could not be written, so steps after the checkpoint of step %1 are lost</source>
        <translation>无法写入最终检查点，因此第 %1 步检查点之后的训练步已丢失</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the final checkpoint could not be written, so steps after the start are lost</source>
        <translation>无法写入最终检查点，因此从开始以来的所有训练步均已丢失</translation>
    </message>
    <message>
        <location filename="../core/train/divergencecheck.cpp" line="+2"/>
        <source>the %1&apos;s gradient</source>
        <extracomment>%1 names a network</extracomment>
        <translation>%1 的梯度</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Training diverged at step %1: %2 is NaN. Paused; the last good state is the checkpoint of step %3.</source>
        <extracomment>%1 is the step, %2 a loss (loss_d...) or a network&apos;s gradient, %3 the step of the last checkpoint</extracomment>
        <translation>训练在第 %1 步发散：%2 为 NaN。已暂停；最后一个正常状态是第 %3 步的检查点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training diverged at step %1: %2 is infinite. Paused; the last good state is the checkpoint of step %3.</source>
        <extracomment>%1 is the step, %2 a loss (loss_d...) or a network&apos;s gradient, %3 the step of the last checkpoint</extracomment>
        <translation>训练在第 %1 步发散：%2 为无穷大。已暂停；最后一个正常状态是第 %3 步的检查点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training diverged at step %1: %2 is NaN. Paused; the last good state is no checkpoint yet.</source>
        <extracomment>%1 is the step, %2 a loss (loss_d...) or a network&apos;s gradient</extracomment>
        <translation>训练在第 %1 步发散：%2 为 NaN。已暂停；目前还没有处于正常状态的检查点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training diverged at step %1: %2 is infinite. Paused; the last good state is no checkpoint yet.</source>
        <extracomment>%1 is the step, %2 a loss (loss_d...) or a network&apos;s gradient</extracomment>
        <translation>训练在第 %1 步发散：%2 为无穷大。已暂停；目前还没有处于正常状态的检查点。</translation>
    </message>
</context>
<context>
    <name>latent-cli</name>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="+23"/>
        <source>--%1 expects a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 应为 %2 到 %3 之间的整数，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 expects a number, not &apos;%2&apos;</source>
        <translation>--%1 应为数字，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 takes on or off, not &apos;%2&apos;</source>
        <translation>--%1 的取值为 on 或 off，而不是“%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project folder.</source>
        <translation>项目文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--project DIR is required</source>
        <translation>必须指定 --project DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommands.cpp" line="+37"/>
        <source>Intra-op threads (0 = automatic: all cores).</source>
        <translation>算子内（intra-op）线程数（0 = 自动：使用全部核心）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto, cpu or cuda.</source>
        <translation>auto、cpu 或 cuda。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a write fails (a full disk): wait this many seconds, then go on and try again at the next write (default 60; 0 = stop instead).</source>
        <translation>写入失败时（如磁盘已满）：等待此秒数，然后继续训练，并在下一次写入时重试（默认 60；0 = 改为停止）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train as one process of a data-parallel run, placed by torchrun&apos;s RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT (and LOCAL_RANK, LOCAL_WORLD_SIZE) variables; rank 0 writes the files (docs/DISTRIBUTED.md).</source>
        <translation>作为数据并行训练运行中的一个进程进行训练，其位置由 torchrun 设置的 RANK、WORLD_SIZE、MASTER_ADDR、MASTER_PORT（以及 LOCAL_RANK、LOCAL_WORLD_SIZE）变量决定；文件由 rank 0 写入（见 docs/DISTRIBUTED.md）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--distributed: seconds a rank waits for a silent one before giving up (default 300).</source>
        <translation>--distributed：某个 rank 等待无响应的其他 rank 的秒数，超时即放弃（默认 300）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--timeout is for --distributed runs</source>
        <translation>--timeout 仅用于 --distributed 训练运行</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--preset is for new projects; this one has its settings already</source>
        <translation>--preset 仅用于新项目；此项目已有设置</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Finished at step %1.</source>
        <translation>已于第 %1 步完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped at step %1.</source>
        <translation>已于第 %1 步停止。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project   %1</source>
        <translation>项目      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset   %1</source>
        <translation>数据集    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model     %1</source>
        <translation>模型      %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rank      %1, batch %2 of %3; rank 0 writes the files</source>
        <extracomment>%1 names this process&apos;s rank, %2 its batch size, %3 the batch of all ranks together</extracomment>
        <translation>Rank      %1，批大小 %2（所有 rank 合计 %3）；文件由 rank 0 写入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank      %1, batch %2 of %3</source>
        <extracomment>%1 names this process&apos;s rank, %2 its batch size, %3 the batch of all ranks together</extracomment>
        <translation>Rank      %1，批大小 %2（所有 rank 合计 %3）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping: saving a checkpoint...</source>
        <translation>正在停止：保存检查点...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Going on in %1 s; free some space, or press Ctrl-C to stop.</source>
        <translation>%1 秒后继续；请释放一些空间，或按 Ctrl-C 停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+112"/>
        <location line="+3"/>
        <location filename="../app/cli/traincommands.cpp" line="+16"/>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommands.cpp" line="-30"/>
        <source>The newest checkpoint is %1; continue from it with &apos;latent-cli resume --distributed&apos; on every rank (or without --distributed, alone).</source>
        <translation>最新检查点为 %1；请在每个 rank 上运行 &apos;latent-cli resume --distributed&apos; 从该检查点继续（或不加 --distributed 单独运行）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The last good checkpoint is %1; continue from it with:
  latent-cli resume --project %2 --steps N</source>
        <translation>最后一个正常的检查点为 %1；可使用以下命令从该检查点继续：
  latent-cli resume --project %2 --steps N</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped at step %1; the newest checkpoint is %2.</source>
        <translation>已于第 %1 步停止；最新检查点为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped at step %1; the newest checkpoint is none.</source>
        <translation>已于第 %1 步停止；尚无检查点。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Samples:    %1</source>
        <translation>样本：    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint: %1</source>
        <translation>检查点：  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics:    %1</source>
        <translation>指标：    %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scores:     %1 (best: step %2, FD %3 ± %4; --checkpoint best)</source>
        <extracomment>%1 is the evaluation log&apos;s path, %2 the best step, %3 its FD, %4 the FD&apos;s error</extracomment>
        <translation>评分：     %1（最佳：步骤 %2，FD %3 ± %4；--checkpoint best）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Train a new project (a new or empty folder), or one the studio made and never trained.</source>
        <translation>训练一个新项目（使用新的或空的文件夹），或训练由 Latent Studio 创建但从未训练过的项目。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start from a built-in preset (&apos;latent-cli presets&apos; lists them); options below override it.</source>
        <translation>从内置预设开始（&apos;latent-cli presets&apos; 会列出这些预设）；下列选项会覆盖预设中的值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>synthetic-digits (default), an image folder, IDX file(s) or CIFAR-10 batches.</source>
        <translation>synthetic-digits（默认）、图像文件夹、IDX 文件或 CIFAR-10 批次文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images rendered for synthetic-digits (default 20000).</source>
        <translation>synthetic-digits 绘制的图像数量（默认 20000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random horizontal flips.</source>
        <translation>随机水平翻转。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labelled data: draw every class equally often in the batches.</source>
        <translation>带标签数据：在批次中以相同频率抽取每个类别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dcgan (default) or vae.</source>
        <translation>dcgan（默认）或 vae。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAN loss: bce (default), wgan-gp, hinge or lsgan.</source>
        <translation>GAN 损失：bce（默认）、wgan-gp、hinge 或 lsgan。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE reconstruction loss: bce (default) or mse.</source>
        <translation>VAE 重建损失：bce（默认）或 mse。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image side in pixels (default 28).</source>
        <translation>图像边长，单位为像素（默认 28）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 (gray, default) or 3 (RGB).</source>
        <translation>1（灰度，默认）或 3（RGB）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent size (default 100 for GANs, 16 for VAEs).</source>
        <translation>潜在维度（GAN 默认 100，VAE 默认 16）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature maps of the outermost layers (default 64).</source>
        <translation>最外层的特征图数量（默认 64）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE: weight of the KL term (default 1).</source>
        <translation>VAE：KL 项的权重（默认 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discriminator normalisation: auto (default: batch, layer for wgan-gp), batch, layer or none.</source>
        <translation>判别器归一化：auto（默认：batch，wgan-gp 为 layer）、batch、layer 或 none。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spectral normalisation of the discriminator&apos;s convolutions: on or off.</source>
        <translation>对判别器的卷积做谱归一化：on 或 off。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The discriminator also sees how much small groups of its images differ (minibatch standard deviation), against a generator that draws few kinds: on or off.</source>
        <translation>判别器还会看到其图像每个小组之间的差异有多大（小批量标准差），以防生成器只画出少数几种图像：on 或 off。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train on the data set&apos;s labels, so that samples can be asked for by class: auto (default: when it has labels), on or off.</source>
        <translation>用数据集的标签训练，以便按类别生成样本：auto（默认：有标签时）、on 或 off。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch size (default 64).</source>
        <translation>批大小（默认 64）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator steps (default 1500).</source>
        <translation>生成器步数（默认 1500）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate of both networks.</source>
        <translation>两个网络的学习率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator (or VAE) learning rate.</source>
        <translation>生成器（或 VAE）的学习率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator learning rate.</source>
        <translation>判别器的学习率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam beta1.</source>
        <translation>Adam 的 beta1 参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam beta2.</source>
        <translation>Adam 的 beta2 参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator steps per generator step.</source>
        <translation>每个生成器步对应的判别器步数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGAN-GP gradient penalty weight (default 10).</source>
        <translation>WGAN-GP 梯度惩罚权重（默认 10）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GANs: half-life of the generator&apos;s weight average in thousands of images (StyleGAN uses 10), 0 = none (default).</source>
        <translation>GAN：生成器权重平均的半衰期，以千张图像计（StyleGAN 用 10），0 表示不使用（默认）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GANs: the average&apos;s window is at most this share of the images seen, 0 = no ramp (default 0.05).</source>
        <translation>GAN：平均窗口最多为已见图像数的这一比例，0 表示不爬升（默认 0.05）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GANs: weight of the mode-seeking term, which keeps samples of different z apart; auto (new projects): 1 for a conditional model, none otherwise; 0 = none.</source>
        <translation>GAN：模式寻求项的权重，使不同 z 的样本彼此不同；auto（新项目）：条件模型为 1，否则不使用；0 = 不使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditional GANs: weight of the class guide, a classifier of the labels that asks each sample to show its class; auto (new projects): 0.5; 0 = none.</source>
        <translation>条件 GAN：类别引导的权重。类别引导是一个按标签训练的分类器，要求每个样本显示其类别；auto（新项目）：0.5；0 = 无。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GANs: the discriminator&apos;s augmentation: auto (default: adaptive for up to 300 images, off above), off, adaptive (each image shifted with a probability that rises while the discriminator learns the real images by heart), or a list of color, translation, cutout (every image), to which adaptive can be added.</source>
        <translation>GAN：判别器的数据增强：auto（默认：不超过 300 张图像时为 adaptive，更多时关闭）、off、adaptive（每张图像以一定概率平移，该概率随判别器逐渐记住真实图像而升高），或 color、translation、cutout 组成的列表（增强每张图像），列表中也可加上 adaptive。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conditional models: the classes of the sample grid&apos;s rows, names or numbers separated by commas (at most 10; default: spread over all the classes; &apos;&apos; for that again).</source>
        <translation>条件模型：样本网格各行的类别，用逗号分隔的名称或编号（最多 10 个；默认：均匀分布于所有类别；用 &apos;&apos; 恢复默认）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between metrics rows (default 10).</source>
        <translation>写入指标行的间隔步数（默认 10）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between sample grids (default 100).</source>
        <translation>样本网格之间间隔的步数（默认 100）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between checkpoints (default 500).</source>
        <translation>检查点之间间隔的步数（默认 500）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest N checkpoints, 0 = all (default 5).</source>
        <translation>保留最新的 N 个检查点，0 = 全部保留（默认 5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps between quality scores, 0 = none (default 400).</source>
        <translation>两次质量评分之间间隔的步数，0 表示不评分（默认 400）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated images per quality score (default 2000).</source>
        <translation>每次质量评分生成的图像数（默认 2000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images set aside for the quality scores and never trained on: auto (default: a tenth, at most 2000) or a count.</source>
        <translation>为质量评分预留、从不用于训练的图像：auto（默认：十分之一，最多 2000 张）或具体数量。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has been trained already; continue it with &apos;latent-cli resume&apos;</source>
        <translation>已经训练过；请使用 &apos;latent-cli resume&apos; 继续训练</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Continue a project from its newest checkpoint for N more steps.</source>
        <translation>从项目的最新检查点继续训练 N 步。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many more steps.</source>
        <translation>追加的步数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume from this checkpoint instead of the newest.</source>
        <translation>从此检查点继续，而不是从最新检查点继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--steps N (how many more steps) is required</source>
        <translation>必须指定 --steps N（追加的步数）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there is no checkpoint to resume from</source>
        <translation>没有可用于继续训练的检查点</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="+7"/>
        <location filename="../app/cli/modelcommands.cpp" line="+204"/>
        <source>exists already; pass --force to replace it</source>
        <translation>已存在；如需替换，请加上 --force</translation>
    </message>
    <message>
        <location filename="../app/cli/engineoptions.cpp" line="+15"/>
        <source>Use this checkpoint instead of the newest: a file, a step, or best (the best by the quality scores).</source>
        <translation>使用此检查点，而不是最新检查点：文件、步数，或 best（按质量评分最佳的检查点）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use this TorchScript generator instead of a project (it is run as a program).</source>
        <translation>使用此 TorchScript 生成器代替项目（它会作为程序运行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The generator&apos;s latent size (default: its attribute, a sidecar JSON, or probing).</source>
        <translation>生成器的潜在维度（默认：取自其属性、附带的 JSON 文件，或通过探测得到）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GANs: draw with the trained generator itself, not its weight average.</source>
        <translation>GAN：用训练中的生成器本身绘制，而不是它的权重平均。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give either --project DIR or --generator FILE.pt, not both</source>
        <translation>请指定 --project DIR 或 --generator FILE.pt 之一，不要同时指定</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommands.cpp" line="-143"/>
        <source>bookmark &apos;%1&apos; has %2 latent values; this model takes %3</source>
        <translation>书签 &apos;%1&apos; 的潜在向量有 %2 个值；此模型需要 %3 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: bookmark &apos;%1&apos; was made on other weights (step %2); its z is used as it is</source>
        <extracomment>%2 is the training step the bookmark was made at</extracomment>
        <translation>注意：书签 &apos;%1&apos; 是基于其他权重（第 %2 步）创建的；其 z 将按原样使用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read bookmarks from this file (default: PROJECT/bookmarks.json).</source>
        <translation>从此文件读取书签（默认：PROJECT/bookmarks.json）。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Draw samples from a project&apos;s newest checkpoint or a TorchScript generator.</source>
        <translation>从项目的最新检查点或 TorchScript 生成器生成样本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draw these bookmarks (their z) instead of random samples.</source>
        <translation>使用这些书签（其 z）生成样本，而不是随机样本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many samples (default 64).</source>
        <translation>样本数量（默认 64）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one grid PNG here.</source>
        <translation>将一张网格 PNG 写入此处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one PNG per sample into this folder.</source>
        <translation>每个样本写入一个 PNG，保存到此文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write the latent vectors as JSON here.</source>
        <translation>同时将潜在向量以 JSON 格式写入此处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid columns (default: a square grid).</source>
        <translation>网格列数（默认：正方形网格）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels between grid cells (default 2).</source>
        <translation>网格单元之间的像素间距（默认 2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the first sample; sample i is seed + i, as in the Explore tab (default 0).</source>
        <translation>第一个样本的种子；第 i 个样本的种子为 seed + i，与“探索”选项卡一致（默认 0）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shrink z toward the mean by this factor, 0 to 1 (default 1: none).</source>
        <translation>将 z 向均值收缩的系数，取值 0 到 1（默认 1：不收缩）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+172"/>
        <source>Replace files that exist already.</source>
        <translation>替换已存在的文件。</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>--truncation expects a number from 0 to 1</source>
        <translation>--truncation 应为 0 到 1 之间的数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give exactly one of --grid FILE.png or --out DIR</source>
        <translation>--grid FILE.png 与 --out DIR 必须且只能指定一个</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 samples in %2</source>
        <translation>%1 个样本，已写入 %2</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>--seeds expects whole numbers separated by commas (paths by &apos;;&apos;), not &apos;%1&apos;</source>
        <translation>--seeds 应为以逗号分隔的整数（多条路径以 &apos;;&apos; 分隔），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--class needs a conditional model; this one was trained without classes</source>
        <translation>--class 需要条件模型；此模型训练时没有类别</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no class &apos;%1&apos; (this model&apos;s classes: %2; numbers from 0 work too)</source>
        <extracomment>%1 is what was asked for, %2 the model&apos;s classes</extracomment>
        <translation>没有类别“%1”（此模型的类别：%2；也可用从 0 开始的编号）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--class expects class names or numbers separated by commas, or all</source>
        <translation>--class 需要以逗号分隔的类别名称或编号，或 all</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conditional models: draw these classes, names or numbers separated by commas, or all; one grid row per class, the same z in every row (--count per class).</source>
        <translation>条件模型：生成这些类别（名称或编号，以逗号分隔，或 all）；每个类别一行网格，各行使用相同的 z（--count 为每个类别的数量）。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Walk through latent space along keyframes (seeds or bookmarks), as an MP4, an animated GIF or a folder of PNG frames; several paths make a grid video.</source>
        <translation>沿关键帧（种子或书签）在潜在空间中漫游，输出为 MP4、GIF 动画或 PNG 帧文件夹；多条路径会组成网格视频。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyframes: these bookmarks, in order (at least two).</source>
        <translation>关键帧：这些书签，按顺序排列（至少两个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyframes: the latent vector of each seed, in order (at least two). Several paths, separated by &apos;;&apos;, make a grid video: &quot;1,2,3;4,5,6&quot;.</source>
        <translation>关键帧：每个种子的潜在向量，按顺序排列（至少两个）。多条路径以 &apos;;&apos; 分隔，组成网格视频：&quot;1,2,3;4,5,6&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns of a grid video (default: as square as it gets).</source>
        <translation>网格视频的列数（默认：尽量接近正方形）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames from one keyframe to the next (default 30).</source>
        <translation>从一个关键帧到下一个关键帧的帧数（默认 30）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spherical interpolation (keeps the vectors&apos; length) instead of linear.</source>
        <translation>使用球面插值（保持向量长度），而不是线性插值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ease in and out of each keyframe.</source>
        <translation>在每个关键帧处缓入缓出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return from the last keyframe to the first.</source>
        <translation>从最后一个关键帧回到第一个关键帧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditional models: the class of each keyframe, in order (names or numbers), or one for all; between keys the class embeddings blend linearly, so a 3 can turn into an 8 with the same z.</source>
        <translation>条件模型：按顺序给出每个关键帧的类别（名称或编号），或给一个用于全部；关键帧之间类别嵌入线性混合，因此同一个 z 的 3 可以变成 8。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frames per second (default 30).</source>
        <translation>每秒帧数（默认 30）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enlarge each image this many times (default: to about 256 pixels).</source>
        <translation>每张图像的放大倍数（默认：放大到约 256 像素）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE.mp4, FILE.gif, or a folder for PNG frames.</source>
        <translation>FILE.mp4、FILE.gif，或用于存放 PNG 帧的文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace what exists already.</source>
        <translation>替换已存在的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give --seeds A,B[,C...] or --bookmarks NAME,NAME[,...], and --out FILE.mp4|FILE.gif|DIR</source>
        <translation>请指定 --seeds A,B[,C...] 或 --bookmarks NAME,NAME[,...]，以及 --out FILE.mp4|FILE.gif|DIR</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is a folder that is not empty; pass --force to write frames into it</source>
        <translation>是非空文件夹；如需将帧写入其中，请加上 --force</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--classes gives %1 classes for %2 keyframes (give one for each, or one for all)</source>
        <extracomment>%1 and %2 are counts</extracomment>
        <translation>--classes 为 %2 个关键帧给出了 %1 个类别（每个关键帧给一个，或只给一个用于全部）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1  (%2 frames, %3x%4, %5 fps)</source>
        <extracomment>%1 is the file or folder written, %3x%4 the width and height of a frame in pixels, %5 frames per second</extracomment>
        <translation>%1  （%2 帧，%3x%4，%5 帧/秒）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export a project&apos;s generator (or VAE decoder) for Python: torch.jit.load(FILE)(z) with z [N, latent] gives [N, C, H, W] in [-1, 1].</source>
        <translation>导出项目的生成器（或 VAE 解码器）供 Python 使用：torch.jit.load(FILE)(z) 接受 z [N, latent]，返回取值在 [-1, 1] 内的 [N, C, H, W]。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the TorchScript generator here.</source>
        <translation>将 TorchScript 生成器写入此处。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write its weights here, as a dict of tensors for torch.load.</source>
        <translation>将其权重以张量字典的形式写入此处，供 torch.load 使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give --torchscript FILE.pt and/or --state-dict FILE.pt</source>
        <translation>请指定 --torchscript FILE.pt 和/或 --state-dict FILE.pt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1  (TorchScript, step %2, z of %3)</source>
        <extracomment>%1 is the file written, %2 the training step of its weights, %3 the latent size</extracomment>
        <translation>%1  （TorchScript，第 %2 步，z 维度 %3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1  (state dict)</source>
        <translation>%1  （状态字典）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Describe a project: its settings and newest checkpoint.</source>
        <translation>显示项目信息：设置和最新检查点。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-82"/>
        <source>Train a new project</source>
        <translation>训练新项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a project from its newest checkpoint</source>
        <translation>从最新检查点继续训练项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw samples from a trained project or a TorchScript generator</source>
        <translation>从已训练的项目或 TorchScript 生成器生成样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the generator as TorchScript and a state dict for Python</source>
        <translation>将生成器导出为 TorchScript 和供 Python 使用的状态字典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through latent space: MP4, GIF or PNG frames</source>
        <translation>在潜在空间中漫游：输出 MP4、GIF 或 PNG 帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score a generator: how close to real images, how varied</source>
        <translation>为生成器评分：与真实图像有多接近、多样性如何</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe a project and its newest checkpoint</source>
        <translation>显示项目及其最新检查点的信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the built-in presets for &apos;train --preset&apos;</source>
        <translation>列出 &apos;train --preset&apos; 可用的内置预设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the versions and the compute set-up</source>
        <translation>输出版本信息和计算环境配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: latent-cli COMMAND [options]</source>
        <translation>用法：latent-cli 命令 [选项]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;latent-cli COMMAND --help&apos; lists a command&apos;s options.</source>
        <translation>&apos;latent-cli 命令 --help&apos; 会列出该命令的选项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 done, 1 failure, 2 bad input, 130 interrupted.</source>
        <translation>退出码：0 完成，1 失败，2 输入有误，130 被中断。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>错误：未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluatecommand.cpp" line="+41"/>
        <source>step %1: FD %2 ± %3   KID %4 ± %5   precision %6   recall %7   density %8   coverage %9   (%10 s)</source>
        <extracomment>One checkpoint&apos;s scores; %1 the step, then FD, its error, KID, its error, precision, recall, density, coverage, seconds</extracomment>
        <translation>第 %1 步：FD %2 ± %3   KID %4 ± %5   精确率 %6   召回率 %7   密度 %8   覆盖率 %9   （%10 秒）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No accuracy by class: %1</source>
        <translation>没有按类别的准确率：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asked for each class (%1 samples each), the share the feature network&apos;s classifier says shows it (beside it: the same classifier on the real images):</source>
        <extracomment>%1 is a number of samples per class</extracomment>
        <translation>逐个类别生成（每类 %1 个样本），特征网络的分类器判定为该类别的比例（旁边：同一分类器在真实图像上的结果）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  all classes      %1% ± %2%</source>
        <extracomment>%1 and %2 are percentages</extracomment>
        <translation>  全部类别         %1% ± %2%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  the classifier on %2 real images: %1%</source>
        <extracomment>%1 is a percentage, %2 a number of images</extracomment>
        <translation>  该分类器在 %2 张真实图像上：%1%</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Score a generator: Fréchet and kernel distances to real images, with their errors, and precision, recall, density and coverage, in the studio&apos;s own feature space (not comparable with the Inception FIDs of papers).</source>
        <translation>为生成器评分：在 Latent Studio 自身的特征空间中计算与真实图像的弗雷歇距离和核距离（附误差），以及精确率、召回率、密度和覆盖率（不能与论文中基于 Inception 的 FID 相比较）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score this checkpoint instead of the newest: a file, a step, best, or all (a table of every checkpoint).</source>
        <translation>为此检查点评分，而不是最新检查点：文件、步数、best，或 all（列出所有检查点的表格）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --generator: the real images to compare with (an image folder, IDX files, CIFAR-10 batches, or synthetic-digits).</source>
        <translation>与 --generator 一起使用：用于比较的真实图像（图像文件夹、IDX 文件、CIFAR-10 批次文件或 synthetic-digits）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generated images per score (default: the project&apos;s, else 2000).</source>
        <translation>每次评分生成的图像数（默认：项目的设置，否则为 2000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the scores as JSON.</source>
        <translation>以 JSON 格式输出评分。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--generator needs --dataset PATH: the real images to compare with</source>
        <translation>--generator 需要 --dataset PATH：用于比较的真实图像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scoring %1 against %2 (%3 samples)…</source>
        <translation>正在为 %1 评分，比较对象为 %2（%3 个样本）…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--dataset goes with --generator; a project&apos;s scores compare with its own data</source>
        <translation>--dataset 需与 --generator 一起使用；项目的评分以其自身的数据为比较对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scoring %1 checkpoint(s) of %2 against %3 (%4 samples each)…</source>
        <translation>正在为 %2 的 %1 个检查点评分，比较对象为 %3（每个 %4 个样本）…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>best: step %1 (FD %2 ± %3)</source>
        <extracomment>%1 is a step, %2 its FD and %3 the FD&apos;s error</extracomment>
        <translation>最佳：第 %1 步（FD %2 ± %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lower FD and KID are better; errors are one standard error. The scores compare generators on the same data; they are not the Inception FIDs of papers.</source>
        <translation>FD 和 KID 越低越好；误差为一个标准误。这些评分用于比较同一数据上的生成器；它们不是论文中基于 Inception 的 FID。</translation>
    </message>
</context>
<context>
    <name>latent-studio</name>
    <message>
        <location filename="../app/studio/main.cpp" line="+63"/>
        <source>Train and explore generative image models.</source>
        <translation>训练并探索生成式图像模型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open this project folder (created with the defaults if new or empty).</source>
        <translation>打开此项目文件夹（如为新文件夹或空文件夹，则以默认设置创建项目）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dir</source>
        <extracomment>The value of --project in --help: a folder.</extracomment>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training at once.</source>
        <translation>立即开始训练。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on the Explore tab (the same as --view explore).</source>
        <translation>打开时显示“探索”选项卡（等同于 --view explore）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on this view: train, explore or interpolate.</source>
        <extracomment>train, explore and interpolate are typed as they are.</extracomment>
        <translation>打开时显示此视图：train、explore 或 interpolate。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <extracomment>The value of --view in --help: a view&apos;s name.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an interpolation through these seeds, as Interpolate &gt; Add seed does (&quot;1,2,3&quot;).</source>
        <translation>以这些种子开始一段插值，如同“插值 &gt; 添加种子”的操作（&quot;1,2,3&quot;）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seeds</source>
        <extracomment>The value of --keyframes in --help: a list of seeds.</extracomment>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of the window to this PNG, then stop and quit (for demos and docs).</source>
        <translation>将窗口截图保存为此 PNG 文件，然后停止并退出（用于演示和文档）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file</source>
        <extracomment>The value of --screenshot in --help: a file name.</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before --screenshot (default 60).</source>
        <translation>--screenshot 之前等待的秒数（默认 60）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <extracomment>The value of --after in --help: a number of seconds.</extracomment>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print how long the window took to be usable (shown, painted, taking input), then quit.</source>
        <translation>输出窗口变为可用（已显示、已绘制、可接受输入）所用的时间，然后退出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--view expects train, explore or interpolate, not &apos;%1&apos;</source>
        <extracomment>train, explore and interpolate are typed as they are; %1 is what was typed instead.</extracomment>
        <translation>--view 应为 train、explore 或 interpolate，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--keyframes expects seeds separated by commas, not &apos;%1&apos;</source>
        <extracomment>%1 is what was typed after --keyframes.</extracomment>
        <translation>--keyframes 应为以逗号分隔的种子，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>window usable %1 ms after the process started</source>
        <translation>进程启动后 %1 毫秒窗口可用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>latent::AboutBox</name>
    <message>
        <location filename="../ui/helpmenu.cpp" line="+45"/>
        <source>&lt;p&gt;Built with Qt %1, LibTorch, OpenCV and QCustomPlot.&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;基于 Qt %1、LibTorch、OpenCV 和 QCustomPlot 构建。&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;依据 MIT 许可证发布的自由软件。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>latent::BackgroundJob</name>
    <message>
        <location filename="../ui/backgroundjob.cpp" line="+20"/>
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
        <location filename="../ui/checkpointpanel.cpp" line="+21"/>
        <source>Resume latest</source>
        <translation>从最新检查点继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fork from selected…</source>
        <translation>从所选检查点分叉…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore selected</source>
        <translation>探索所选检查点</translation>
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
        <location line="+1"/>
        <source>Open the selected checkpoint in the Explore tab (the best one, for instance)</source>
        <translation>在“探索”选项卡中打开所选检查点（例如最佳检查点）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>step %1   %2   %3</source>
        <translation>第 %1 步   %2   %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1   ★ best (FD %2 ± %3)</source>
        <extracomment>%1 is a checkpoint&apos;s line, %2 its Fréchet distance and %3 that number&apos;s error</extracomment>
        <translation>%1   ★ 最佳（FD %2 ± %3）</translation>
    </message>
</context>
<context>
    <name>latent::ClassChoiceButton</name>
    <message>
        <location filename="../ui/classchoicebutton.cpp" line="+85"/>
        <location line="+30"/>
        <source>Spread over all the classes</source>
        <translation>均匀分布于所有类别</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No classes: the data has no labels</source>
        <translation>没有类别：数据没有标签</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(at most %1: untick one to pick another)</source>
        <extracomment>%1 is the most classes the sample grid shows</extracomment>
        <translation>（最多 %1 个：取消勾选一个后再选其他）</translation>
    </message>
</context>
<context>
    <name>latent::DatasetPanel</name>
    <message>
        <location filename="../ui/datasetpanel.cpp" line="+36"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random horizontal flips</source>
        <translation>随机水平翻转</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance the classes</source>
        <translation>平衡各类别</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+4"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images set aside for the quality scores, never trained on</source>
        <translation>为质量评分预留、从不用于训练的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Held out&lt;/b&gt;: real images the quality scores compare the generator with, chosen once and never trained on, the same ones for every project on this data. Automatic: a tenth of the images, at most 2000, none below 1000 images (the scores then compare with training images, and say so). The built-in digits need none: fresh ones are drawn.</source>
        <translation>&lt;b&gt;留出&lt;/b&gt;：质量评分用来与生成器比较的真实图像，只选一次且从不用于训练，同一数据上的每个项目都相同。自动：图像的十分之一，最多 2000 张；不足 1000 张图像时不留出（评分则与训练图像比较，并会注明）。内置数字无需留出：会绘制新的数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mirror images at random while training</source>
        <translation>训练时随机镜像图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Random horizontal flips&lt;/b&gt;: each image is mirrored left to right with even odds each time it is drawn, which doubles the variety of photos. Leave it off for digits and text, which flipping changes.</source>
        <translation>&lt;b&gt;随机水平翻转&lt;/b&gt;：每次抽取图像时，以一半的概率将其左右镜像，使照片的多样性加倍。对于数字和文字请关闭此项，因为翻转会改变它们的含义。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw every class equally often while training</source>
        <translation>训练时以相同频率抽取每个类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Balance the classes&lt;/b&gt;: with labelled data, each image of a batch is of a class picked at random with equal odds, so a class with few images is seen as often as a big one (its images repeat more). Off: classes come in the data&apos;s own proportions.</source>
        <translation>&lt;b&gt;平衡各类别&lt;/b&gt;：对带标签的数据，批次中每张图像的类别以相同概率随机选取，因此图像少的类别与图像多的类别出现得一样频繁（其图像重复得更多）。关闭：各类别按数据本身的比例出现。</translation>
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
        <location line="+3"/>
        <source>Held out</source>
        <translation>留出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The classes the dataset&apos;s labels name (IDX label files, CIFAR-10, one subfolder per class, the built-in digits), with their image counts. A conditional model learns them (Model &gt; Conditional).</source>
        <translation>数据集标签所命名的类别（IDX 标签文件、CIFAR-10、每类一个子文件夹、内置数字）及其图像数量。条件模型会学习它们（模型 &gt; 条件）。</translation>
    </message>
    <message>
        <location line="+100"/>
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
        <location line="+5"/>
        <source>Reading the dataset…</source>
        <translation>正在读取数据集…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1 held out for the quality scores)</source>
        <extracomment>%1 is a number of images</extracomment>
        <translation>（留出 %1 张用于质量评分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, stored at %1x%2, trained at %3x%3</source>
        <translation>，存储尺寸 %1x%2，训练尺寸 %3x%3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No labels: the model learns the images without classes.</source>
        <translation>没有标签：模型不带类别地学习图像。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <extracomment>%1 is a class&apos;s name, %2 its number of images</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 classes&lt;/b&gt;, %2 to %3 images each: </source>
        <extracomment>%1 is a number of classes, %2 the fewest and %3 the most images of one class</extracomment>
        <translation>&lt;b&gt;%1 个类别&lt;/b&gt;，每类 %2 到 %3 张图像：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The first image of each class, in the order above</source>
        <translation>每个类别的第一张图像，顺序同上</translation>
    </message>
</context>
<context>
    <name>latent::DimensionSliders</name>
    <message>
        <location filename="../ui/dimensionsliders.cpp" line="+21"/>
        <source>Filter dimensions (e.g. 12)</source>
        <translation>筛选维度（例如 12）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the seed&apos;s own values: unpins every dimension and zeroes the directions</source>
        <translation>恢复为该种子自身的值：取消固定所有维度，并将各方向归零</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values in standard deviations of the prior</source>
        <translation>数值以先验分布的标准差为单位</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this value when the seed changes</source>
        <translation>更换种子时保留此值</translation>
    </message>
</context>
<context>
    <name>latent::DirectionPanel</name>
    <message>
        <location filename="../ui/directionpanel.cpp" line="+14"/>
        <location line="+101"/>
        <source>Find directions</source>
        <translation>查找方向</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Principal directions of the generator&apos;s first layer, mapped back to z (GANSpace)</source>
        <translation>生成器第一层的主方向，映射回 z（GANSpace）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Principal directions and their share of variance</source>
        <translation>主方向及其方差占比</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PC%1  %2%</source>
        <translation>PC%1  %2%</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Finding…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find again</source>
        <translation>重新查找</translation>
    </message>
</context>
<context>
    <name>latent::ExploreHistory</name>
    <message>
        <location filename="../ui/explorehistory.cpp" line="+17"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>撤销：%1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1 (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>latent::ExplorePanel</name>
    <message>
        <location filename="../ui/explorepanel.cpp" line="+63"/>
        <source>No project.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+215"/>
        <source>Refresh snapshot</source>
        <translation>刷新快照</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Encode an image…</source>
        <translation>编码图像…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>VAE: encode a real image (or drop one here), then edit its latent</source>
        <translation>VAE：编码一张真实图像（或将图像拖放到此处），然后编辑其潜在向量</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The encoded image as the model sees it; the reconstruction is beside it</source>
        <translation>模型所见的已编码图像；旁边是其重建结果</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Principal directions of the generator&apos;s first layer, mapped back to z (GANSpace)</source>
        <translation>生成器第一层的主方向，映射回 z（GANSpace）</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Explore the newest checkpoint (training may go on meanwhile)</source>
        <translation>探索最新检查点（训练可同时继续进行）</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+7"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The class to draw (conditional models): changing it keeps z, so the style stays</source>
        <translation>要生成的类别（条件模型）：更改类别时 z 保持不变，因此风格不变</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save image…</source>
        <translation>保存图像…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the image shown as a PNG, with its seed and latent vector inside</source>
        <translation>将当前显示的图像保存为 PNG，并在其中嵌入随机种子和潜在向量</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="-80"/>
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
        <location line="+82"/>
        <source>Seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Truncation</source>
        <translation>截断</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Encode an image</source>
        <translation>编码图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Loading the generator %1…</source>
        <translation>正在加载生成器 %1…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No checkpoint yet: train the model, then explore it here.</source>
        <translation>尚无检查点：请先训练模型，然后在此处探索。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Loading the checkpoint of step %1…</source>
        <translation>正在加载第 %1 步的检查点…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Directions: %1</source>
        <translation>方向：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh (step %1)</source>
        <translation>刷新（第 %1 步）</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+59"/>
        <location line="+74"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>That vector has %1 values; this model takes %2</source>
        <translation>该向量有 %1 个值；此模型需要 %2 个</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit z %1</source>
        <translation>编辑 z %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>encoded %1</source>
        <translation>已编码 %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Move along PC%1</source>
        <translation>沿 PC%1 移动</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>PC%1 from -3σ to +3σ</source>
        <translation>PC%1，从 -3σ 到 +3σ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 · decoded in %2 ms</source>
        <translation>%1 · 解码耗时 %2 毫秒</translation>
    </message>
</context>
<context>
    <name>latent::ExploreState</name>
    <message>
        <location filename="../ui/explorestate.h" line="+26"/>
        <source>%1, edited</source>
        <extracomment>%1 is where the vector came from: &quot;seed 7&quot;, &quot;encoded cat.png&quot;, a bookmark&apos;s name</extracomment>
        <translation>%1，已编辑</translation>
    </message>
</context>
<context>
    <name>latent::ExplorerWorker</name>
    <message>
        <location filename="../ui/explorerworker.cpp" line="+143"/>
        <source>there is no model to open yet</source>
        <translation>尚无可打开的模型</translation>
    </message>
</context>
<context>
    <name>latent::HelpMenu</name>
    <message>
        <location filename="../ui/helpmenu.cpp" line="-28"/>
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
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Latent Studio</source>
        <translation>关于 Latent Studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Latent Studio %1&lt;/h3&gt;&lt;p&gt;Train generative image models (GANs and VAEs) on your own images, watch them learn, explore what they learned and export the results.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latent Studio %1&lt;/h3&gt;&lt;p&gt;用您自己的图像训练生成式图像模型（GAN 和 VAE），观察它们的学习过程，探索它们学到的内容并导出结果。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>latent::LaunchCommandDialog</name>
    <message>
        <location filename="../ui/launchcommanddialog.cpp" line="+54"/>
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
        <location line="+39"/>
        <source>%n machine(s). Each process trains batches of %1 (the project&apos;s batch size), so a step learns from %2 images. Paste each block into a shell on its machine.</source>
        <translation>
            <numerusform>%n 台机器。每个进程以 %1（项目的批大小）为批大小进行训练，因此每一步从 %2 张图像中学习。请将每段命令粘贴到对应机器的 shell 中运行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latent::LossPlot</name>
    <message>
        <location filename="../ui/lossplot.cpp" line="+83"/>
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
        <location line="+6"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Point at the curves for values; click to see that step&apos;s samples.</source>
        <translation>将鼠标指向曲线以查看数值；单击可查看该步的样本。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Compare with another run: choose its project folder</source>
        <translation>与另一次训练对比：选择它的项目文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no readable metrics.csv</source>
        <translation>%1：没有可读取的 metrics.csv</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 (smoothed %3)</source>
        <extracomment>%1 is a metric&apos;s name (loss_d...), %2 its value at the step and %3 the smoothed value</extracomment>
        <translation>%1 %2（平滑后 %3）</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../ui/mainwindow.cpp" line="+61"/>
        <source>Latent Studio</source>
        <translation>Latent Studio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New learning rates (G %1, D %2) and %3 D step(s) per G step apply from the next step.</source>
        <translation>新的学习率（G %1，D %2）以及每个 G 步对应 %3 个 D 步的设置将从下一步开始生效。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The sample grid spreads its rows over all the classes.</source>
        <translation>样本网格的各行均匀分布于所有类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample grid shows %1.</source>
        <translation>样本网格显示 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Press Train to start on the built-in digits (a new project is made in %1), or open a project from the File menu.</source>
        <translation>按“开始训练”即可在内置数字上开始（新项目将建在 %1 中），或从“文件”菜单打开一个项目。</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+7"/>
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
        <location line="+11"/>
        <source>Training</source>
        <translation>训练</translation>
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
        <location line="+24"/>
        <location line="+327"/>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Stop the training before opening another project.</source>
        <translation>请先停止训练，再打开其他项目。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — Latent Studio</source>
        <translation>%1 — Latent Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project %1</source>
        <translation>新项目 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step %1 logged by another process.</source>
        <translation>另一个进程记录了第 %1 步。</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+10"/>
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
        <location line="+15"/>
        <source>Loading the generator %1…</source>
        <translation>正在加载生成器 %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check the settings</source>
        <translation>请检查设置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Already trained</source>
        <translation>已训练完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest checkpoint is at step %1. Raise Steps on the Training tab to train further.</source>
        <translation>最新检查点位于第 %1 步。请在“训练”选项卡中调高“步数”以继续训练。</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../ui/divergencequestion.cpp" line="+13"/>
        <source>Training diverged</source>
        <translation>训练已发散</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

Go back to the last good checkpoint? You can lower the learning rates on the Training tab before resuming.</source>
        <translation>

要回退到最后一个正常的检查点吗？继续训练之前，您可以在“训练”选项卡中降低学习率。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back</source>
        <translation>回退</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-356"/>
        <source>Training paused</source>
        <translation>训练已暂停</translation>
    </message>
    <message>
        <location line="+379"/>
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
        <location line="+27"/>
        <source>Stop training and close? The current step finishes and a checkpoint is saved.</source>
        <translation>要停止训练并关闭吗？当前步完成后将保存检查点。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping, then closing…</source>
        <translation>正在停止，随后关闭…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The dataset of a project that has trained cannot change; fork or start a new project.</source>
        <translation>已训练过的项目不能更改数据集；请分叉或新建项目。</translation>
    </message>
</context>
<context>
    <name>latent::ModelPanel</name>
    <message>
        <location filename="../ui/modelpanel.cpp" line="+25"/>
        <source>Spectral normalisation</source>
        <translation>谱归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minibatch standard deviation</source>
        <translation>小批量标准差</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator norm</source>
        <translation>判别器归一化</translation>
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
        <source>When the data has labels</source>
        <translation>数据有标签时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always (the data must have labels)</source>
        <translation>始终（数据必须有标签）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the dataset&apos;s labels, so you can ask for a class</source>
        <translation>用数据集的标签训练，以便指定类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Conditional&lt;/b&gt;: the model learns each image with its class (IDX label files, CIFAR-10, one subfolder per class, the built-in digits), so Explore, sampling and interpolation can ask for &quot;a 7&quot; or &quot;a sneaker&quot;. The generator gets a learned embedding of the class beside z; the discriminator judges image and class together (the class as extra input planes); a VAE gets the class in its encoder and decoder. It costs almost nothing per step.</source>
        <translation>&lt;b&gt;条件&lt;/b&gt;：模型连同类别一起学习每张图像（IDX 标签文件、CIFAR-10、每类一个子文件夹、内置数字），因此探索、采样和插值可以指定“一个 7”或“一只运动鞋”。生成器在 z 旁边获得类别的可学习嵌入；判别器同时评判图像与类别（类别作为额外的输入平面）；VAE 的编码器和解码器都获得类别。每步几乎不增加开销。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer norm</source>
        <translation>层归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
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
        <source>How the discriminator normalises its feature maps</source>
        <translation>判别器如何归一化它的特征图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Discriminator norm&lt;/b&gt;: automatic is DCGAN&apos;s BatchNorm, or layer norm for WGAN-GP (whose gradient penalty is per image). None suits a spectrally normalised discriminator.</source>
        <translation>&lt;b&gt;判别器归一化&lt;/b&gt;：自动即 DCGAN 的 BatchNorm，WGAN-GP 则用层归一化（它的梯度惩罚是逐图像的）。“无”适合做了谱归一化的判别器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bound how fast the discriminator can change</source>
        <translation>限制判别器变化的速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Spectral normalisation&lt;/b&gt; (Miyato et al. 2018): each of the discriminator&apos;s convolutions is divided by its largest singular value, so the discriminator cannot overpower the generator. Usually paired with discriminator norm None.</source>
        <translation>&lt;b&gt;谱归一化&lt;/b&gt;（Miyato 等，2018）：判别器的每个卷积都除以它的最大奇异值，使判别器无法压倒生成器。通常与判别器归一化“无”搭配使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the discriminator see how varied the samples are</source>
        <translation>让判别器看到样本有多丰富</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Minibatch standard deviation&lt;/b&gt; (Karras et al. 2018): the discriminator also sees how much each group of four images differs, so a generator that draws only a few kinds of image is caught out. It costs almost nothing per step.</source>
        <translation>&lt;b&gt;小批量标准差&lt;/b&gt;（Karras 等，2018）：判别器还会看到每组四张图像之间的差异有多大，因此只画出少数几种图像的生成器会被识破。每步几乎不增加开销。</translation>
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
        <location line="+7"/>
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
    <message>
        <location line="+1"/>
        <source>Conditional</source>
        <translation>条件</translation>
    </message>
</context>
<context>
    <name>latent::ProjectExports</name>
    <message>
        <location filename="../ui/projectexports.cpp" line="+41"/>
        <location line="+26"/>
        <location line="+107"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Export Loss Plot…</source>
        <translation>导出损失曲线图(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Generator (TorchScript)…</source>
        <translation>导出生成器（TorchScript）(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest or the best checkpoint&apos;s generator for Python: torch.jit.load(file)(z)</source>
        <translation>最新或最佳检查点的生成器，供 Python 使用：torch.jit.load(file)(z)</translation>
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
        <location line="+7"/>
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
        <source>%1: could not write the plot.</source>
        <translation>%1：无法写入图表。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+71"/>
        <location line="+13"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The project has no checkpoint yet: train it first.</source>
        <translation>该项目还没有检查点：请先训练。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which generator?</source>
        <translation>导出哪个生成器？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 scored best; the newest checkpoint is of step %2.</source>
        <translation>第 %1 步评分最佳；最新的检查点是第 %2 步。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The best (step %1)</source>
        <translation>最佳（第 %1 步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest (step %1)</source>
        <translation>最新（第 %1 步）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the generator as TorchScript</source>
        <translation>将生成器导出为 TorchScript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Exporting the generator to %1…</source>
        <translation>正在将生成器导出到 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1: in Python, torch.jit.load(&quot;%1&quot;)(z)</source>
        <translation>已导出 %1：在 Python 中使用 torch.jit.load(&quot;%1&quot;)(z)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a trained project (or a TorchScript generator) first.</source>
        <translation>请先打开一个已训练的项目（或 TorchScript 生成器）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project has no metrics yet: train it first.</source>
        <translation>该项目还没有指标：请先训练。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>latent::QualityPlot</name>
    <message>
        <location filename="../ui/qualityplot.cpp" line="+38"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FD (lower is better)</source>
        <translation>FD（越低越好）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>precision, coverage</source>
        <translation>精确率、覆盖率</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Run</source>
        <translation>训练运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best FD</source>
        <translation>最佳 FD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At step</source>
        <translation>所在步数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>FD</source>
        <translation>FD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>FD %1 ± %2, KID %3 ± %4, precision %5, coverage %6</source>
        <extracomment>The scores of one evaluation: FD and KID with their standard errors, then precision and coverage</extracomment>
        <translation>FD %1 ± %2，KID %3 ± %4，精确率 %5，覆盖率 %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measured against %1; not comparable with the Inception FIDs of papers.</source>
        <extracomment>Says what the scores are; shown under the quality plot</extracomment>
        <translation>比较对象为 %1；不能与论文中基于 Inception 的 FID 相比较。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real images of the data, in the features of a network trained on them</source>
        <translation>数据中的真实图像，特征来自在这些图像上训练的网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quality scores yet: the run scores its generator every few hundred steps (Training tab, Evaluate every). %1</source>
        <translation>尚无质量评分：训练运行每隔几百步为其生成器评分一次（见“训练”选项卡中的“评估间隔”）。%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1: %2. Best: FD %3 ± %4 at step %5. %6</source>
        <translation>第 %1 步：%2。最佳：第 %5 步，FD %3 ± %4。%6</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this run</source>
        <translation>本次训练运行</translation>
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
        <location line="+10"/>
        <source>Folder for the samples</source>
        <translation>样本文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../ui/samplehistoryview.cpp" line="+24"/>
        <location line="+70"/>
        <source>Samples appear here as the model trains.</source>
        <translation>模型训练时，样本将显示在此处。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Go back through the sample grids of this run</source>
        <translation>回看本次训练的样本网格</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Step %1  (grid %2 of %3)</source>
        <translation>第 %1 步（第 %2 个网格，共 %3 个）</translation>
    </message>
</context>
<context>
    <name>latent::SessionController</name>
    <message>
        <location filename="../ui/sessioncontroller.cpp" line="+117"/>
        <source>Training is already running.</source>
        <translation>训练已在进行中。</translation>
    </message>
</context>
<context>
    <name>latent::SettingsTabs</name>
    <message>
        <location filename="../ui/settingstabs.cpp" line="+39"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
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
        <location line="+315"/>
        <location line="+27"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-336"/>
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
        <location line="+78"/>
        <source>Keyframes of another latent size were removed.</source>
        <translation>已移除潜在维度不同的关键帧。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That vector has %1 values; the keys so far have %2</source>
        <translation>该向量有 %1 个值；现有关键帧有 %2 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2</source>
        <extracomment>%1 is a keyframe (seed 7), %2 its class (Sneaker)</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location line="+24"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>latent::TorchScriptConsent</name>
    <message>
        <location filename="../ui/torchscriptconsent.cpp" line="+13"/>
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
        <location line="+6"/>
        <source>Load and Run</source>
        <translation>加载并运行</translation>
    </message>
</context>
<context>
    <name>latent::TrainingActions</name>
    <message>
        <location filename="../ui/trainingactions.cpp" line="+22"/>
        <source>&amp;Train</source>
        <translation>开始训练(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training, or continue from the newest checkpoint (Ctrl+Enter)</source>
        <translation>开始训练，或从最新检查点继续 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Pause or resume (F6)</source>
        <translation>暂停或继续 (F6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While paused: one training step (F10)</source>
        <translation>暂停时：执行一个训练步 (F10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop after this step and save a checkpoint (Shift+F5)</source>
        <translation>在当前步完成后停止并保存检查点 (Shift+F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Launch Command…</source>
        <translation>复制启动命令(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command lines that train this project with several processes or machines</source>
        <translation>使用多个进程或多台机器训练此项目的命令行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
</context>
<context>
    <name>latent::TrainingPanel</name>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="+65"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> thousand images</source>
        <translation> 千张图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ramp</source>
        <translation>不爬升</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (adaptive up to 300 images)</source>
        <translation>自动（不超过 300 张图像时自适应）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptive: as the discriminator needs</source>
        <translation>自适应：按判别器的需要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour, translation, cutout</source>
        <translation>颜色、平移、挖空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation and cutout</source>
        <translation>平移和挖空</translation>
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
        <location line="+4"/>
        <source>Generator (or VAE) learning rate; changes apply to the running training from the next step</source>
        <translation>生成器（或 VAE）的学习率；更改将从下一步起应用于正在进行的训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Learning rate G&lt;/b&gt;: the Adam step size of the generator, or of the whole VAE. New GAN projects start at 8e-4, four times DCGAN&apos;s 2e-4 (4e-4 from 64x64 up), which with the weight average learns far more in a short run (docs/TRAINING.md). Lower it if the losses swing wildly or training diverges. It can be changed while training: the next step uses it.</source>
        <translation>&lt;b&gt;生成器学习率&lt;/b&gt;：生成器（或整个 VAE）的 Adam 步长。新建的 GAN 项目从 8e-4 开始，是 DCGAN 的 2e-4 的四倍（64x64 及以上为 4e-4），配合权重平均在短时间训练中能学到多得多的内容（见 docs/TRAINING.md）。如果损失剧烈波动或训练发散，请调低。训练中也可修改：下一步即生效。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Half-life of the generator&apos;s weight average (GANs; off: none)</source>
        <translation>生成器权重平均的半衰期（GAN；关闭：不使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Weight average&lt;/b&gt;: when on, the samples, scores, Explore and exports use a moving average of the generator&apos;s weights, which draws steadier images than the generator at any one step and lets it learn at higher rates (docs/TRAINING.md measures it). New GAN projects use 10. This is how many thousand images it takes for an old step&apos;s weight to halve (StyleGAN uses 10). Checkpoints keep the trained generator too (latent-cli sample --raw draws with it).</source>
        <translation>&lt;b&gt;权重平均&lt;/b&gt;：开启后，样本、评分、探索和导出都使用生成器权重的滑动平均，它画出的图像比任何单一步骤的生成器更稳定，也让训练可以使用更高的学习率（见 docs/TRAINING.md 的测量）。新建的 GAN 项目使用 10。该值表示旧步骤的权重衰减一半所需的图像数（以千计；StyleGAN 使用 10）。检查点中也保留训练中的生成器（latent-cli sample --raw 使用它绘制）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The average&apos;s window is at most this share of the images seen so far</source>
        <translation>平均窗口最多为目前已见图像数的这一比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Average ramp&lt;/b&gt;: early in a run the half-life is capped at this share of the images seen, so the average does not cling to the first, poor weights of a short run. 0.05 is StyleGAN2-ADA&apos;s value; &quot;no ramp&quot; uses the half-life from the first step.</source>
        <translation>&lt;b&gt;平均爬升&lt;/b&gt;：训练早期，半衰期上限为已见图像数的这一比例，使短训练的平均不会被最初较差的权重拖累。0.05 是 StyleGAN2-ADA 的取值；“不爬升”从第一步起就使用设定的半衰期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep samples of different z apart (GANs; 0: none)</source>
        <translation>使不同 z 的样本彼此不同（GAN；0：不使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Mode seeking&lt;/b&gt; (Mao et al. 2019): the generator is also asked that two samples differ as much as their z do, so it cannot draw the same few images whatever z is. Conditional models need it: without it each class collapsed to a few look-alikes. Automatic (new GAN projects): 1 for a conditional model, none for an unconditional one, which scored better without it (docs/TRAINING.md). 0 turns it off.</source>
        <translation>&lt;b&gt;模式寻求&lt;/b&gt;（Mao 等，2019）：还要求生成器让两个样本的差异与其 z 的差异相当，使它无法不论 z 如何都画出同样的几张图。条件模型需要它：没有它时每个类别都坍缩成几张相似的图。自动（新 GAN 项目）：条件模型为 1，非条件模型不使用（不使用时得分更好，见 docs/TRAINING.md）。0 表示关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask each sample to show its class, as a classifier of the labels sees it (conditional GANs; 0: none)</source>
        <translation>要求每个样本显示其类别（以按标签训练的分类器判断；条件 GAN；0：无）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the discriminator sees: real and generated images alike, augmented</source>
        <translation>判别器看到的内容：真实图像和生成图像一样经过增强</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&lt;b&gt;Class guide&lt;/b&gt;: a small classifier learns the data&apos;s labels from the real images as the GAN trains, and the generator is also asked that the classifier find the asked class in each sample. On Fashion-MNIST it drew the class asked for 95% of the time, against 83% without, at a lower FD (docs/TRAINING.md). Automatic (new GAN projects): 0.5 for a conditional model; 1 draws the classes a little more faithfully and a little less varied. 0 turns it off. Training only: exports and samples do not use it.</source>
        <translation>&lt;b&gt;类别引导&lt;/b&gt;：GAN 训练时，一个小分类器从真实图像学习数据的标签，同时要求生成器让该分类器在每个样本中认出所要求的类别。在 Fashion-MNIST 上，它有 95% 的样本画出了所要求的类别（不用时为 83%），FD 也更低（见 docs/TRAINING.md）。自动（新 GAN 项目）：条件模型为 0.5；1 画出的类别略更准确，但多样性略低。0 关闭。仅用于训练：导出和采样不使用它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Augment&lt;/b&gt; (DiffAugment, Zhao et al. 2020): the discriminator sees every image, real or generated, randomly recoloured, shifted and partly cut out, so it cannot learn a small data set by heart. The generator still learns to draw plain images. Applied to every image, the grey squares and shifts leak into the samples of a tiny data set. Adaptive shifts each image only with a chance that rises, up to 0.35, while the discriminator learns the real images by heart (shown in the status bar): on 64 and 100 digits it gave a 30-42% lower FD and three or four times the recall of no augmentation, with no trace of it in the samples. Automatic is adaptive for data sets of up to 300 images and off above: at 500 digits and more, augmentation cost quality (docs/AUGMENTATION.md).</source>
        <translation>&lt;b&gt;数据增强&lt;/b&gt;（DiffAugment，Zhao 等，2020）：判别器看到的每张图像，无论真实还是生成，都会被随机重新着色、平移并部分挖空，使它无法死记小数据集。生成器仍然学习画出原样的图像。若增强每张图像，灰色方块和平移会泄漏到极小数据集的样本中。自适应模式只以一定概率平移每张图像，该概率在判别器逐渐记住真实图像时升高，最高 0.35（显示在状态栏中）：在 64 和 100 张数字上，它的 FD 比不增强低 30–42%，召回率是不增强的三到四倍，样本中看不到增强的痕迹。自动模式在不超过 300 张图像的数据集上为自适应，更多时关闭：在 500 张及以上的数字上，数据增强会降低质量（docs/AUGMENTATION.md）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The classes of the sample grid&apos;s rows (conditional models); changes show at once while training</source>
        <translation>样本网格各行的类别（条件模型）；训练时更改会立即显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Grid classes&lt;/b&gt;: a conditional model&apos;s sample grid draws one row per class, the same noise down each column. Pick up to %1 classes to watch; otherwise the rows are spread over all the classes (every class when there are at most %1). It can be changed while training: the grid is drawn again at once.</source>
        <translation>&lt;b&gt;网格类别&lt;/b&gt;：条件模型的样本网格每个类别画一行，每列使用相同的噪声。最多可选 %1 个要观察的类别；否则各行均匀分布于所有类别（类别不超过 %1 个时显示全部）。训练时也可更改：网格会立即重画。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between quality scores (never: no scores)</source>
        <translation>两次质量评分之间的步数（从不：不评分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Evaluate every&lt;/b&gt;: how often the run scores its generator against real images it never trained on: the Fréchet and kernel distances, precision and coverage on the quality plot, in evaluation.csv. The best step is kept as a checkpoint. Each score takes a few seconds (about 4% of training time at 400 steps for the 28x28 DCGAN); the first also trains the small network the scores are measured in, once per project.</source>
        <translation>&lt;b&gt;评估间隔&lt;/b&gt;：训练运行多久用从未训练过的真实图像为生成器评分一次：弗雷歇距离和核距离、精确率和覆盖率显示在质量图上，并写入 evaluation.csv。最佳步数会保留为检查点。每次评分需要几秒钟（28x28 的 DCGAN 每 400 步评分一次，约占训练时间的 4%）；第一次评分还会训练用于度量评分的小网络，每个项目一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generated images per quality score</source>
        <translation>每次质量评分生成的图像数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Evaluation samples&lt;/b&gt;: how many images the generator draws for each score. More give smaller error bars and take longer; scores made with different counts do not compare.</source>
        <translation>&lt;b&gt;评估样本数&lt;/b&gt;：每次评分时生成器生成的图像数量。越多误差条越小，但耗时越长；用不同数量得到的评分不可相互比较。</translation>
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
        <source>Weight average</source>
        <translation>权重平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average ramp</source>
        <translation>平均爬升</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode seeking</source>
        <translation>模式寻求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class guide</source>
        <translation>类别引导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augment</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid classes</source>
        <translation>网格类别</translation>
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
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation samples</source>
        <translation>评估样本数</translation>
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
<context>
    <name>latent::TrainingStatusBar</name>
    <message>
        <location filename="../ui/trainingstatusbar.cpp" line="+34"/>
        <source>Adaptive augmentation: the chance that each augmentation applies to an image the discriminator sees. It rises while the discriminator learns the real images by heart.</source>
        <translation>自适应数据增强：判别器看到的图像被施加每种增强的概率。判别器逐渐记住真实图像时，它会升高。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>augment %1</source>
        <extracomment>The status bar while adaptive augmentation is on: %1 its strength, 0 to 1</extracomment>
        <translation>增强 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
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
        <location line="+1"/>
        <source>elapsed %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1%</source>
        <extracomment>The progress bar&apos;s text: the share of the run&apos;s steps done, in percent.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ 1 warning</source>
        <translation>⚠ 1 个警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 warnings</source>
        <translation>⚠ %1 个警告</translation>
    </message>
</context>
</TS>
