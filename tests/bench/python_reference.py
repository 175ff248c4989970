# SPDX-License-Identifier: MIT
"""The Python reference for `latent-bench --compare-python`: the studio's
networks written the way a PyTorch user writes them (PyTorch's DCGAN example,
a plain VAE), trained on the same kind of batches, timed the same way.

    python3 python_reference.py --model dcgan-64 --steps 6 --threads 2

Prints one JSON line: the model, the seconds of each timed step, parameter
counts (compared with the C++ networks to show they are the same), and the
useful FLOPs of one of the studio's training steps (forward_flops).

The architecture mirrors core/models (SizeLadder, makeDownStack, makeUpStack,
DcganGenerator, DcganDiscriminator, Vae): same layers, sizes and options.
"""

import argparse
import json
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def ladder(size):
    """SizeLadder: sizes from the 4x4 (or smaller) base up to `size`, and down."""
    up = []
    s = size
    while True:
        up.append(s)
        if s <= 4:
            break
        s = (s + 1) // 2
    up.reverse()
    stages = len(up) - 1
    down = [size]
    for _ in range(stages):
        down.append(down[-1] // 2)
    return up, down, stages


def feature_maps(width, stage):
    return width << stage


def down_stack(channels, size, width):
    _, down, stages = ladder(size)
    layers = []
    c_in = channels
    for stage in range(stages):
        out = feature_maps(width, stage)
        layers.append(nn.Conv2d(c_in, out, 4, 2, 1, bias=False))
        if stage > 0:
            layers.append(nn.BatchNorm2d(out))
        layers.append(nn.LeakyReLU(0.2, inplace=True))
        c_in = out
    return layers, c_in, down[-1]


def up_stack(channels, size, width):
    up, _, stages = ladder(size)
    layers = []
    for i in range(stages):
        stage = stages - 1 - i
        c_in = feature_maps(width, stage)
        last = stage == 0
        out = channels if last else feature_maps(width, stage - 1)
        kernel = 4 if up[i + 1] == 2 * up[i] else 3
        layers.append(nn.ConvTranspose2d(c_in, out, kernel, 2, 1, bias=False))
        if not last:
            layers += [nn.BatchNorm2d(out), nn.ReLU(True)]
    return layers


def dcgan_init(module):
    for m in module.modules():
        if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d, nn.Linear)):
            nn.init.normal_(m.weight, 0.0, 0.02)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.BatchNorm2d):
            nn.init.normal_(m.weight, 1.0, 0.02)
            nn.init.zeros_(m.bias)


class Generator(nn.Module):
    def __init__(self, latent, channels, size, width):
        super().__init__()
        up, _, stages = ladder(size)
        maps = feature_maps(width, stages - 1)
        self.net = nn.Sequential(nn.ConvTranspose2d(latent, maps, up[0], bias=False), nn.BatchNorm2d(maps),
                                 nn.ReLU(True), *up_stack(channels, size, width), nn.Tanh())
        dcgan_init(self)

    def forward(self, z):
        return self.net(z.view(z.size(0), z.size(1), 1, 1))


class Discriminator(nn.Module):
    def __init__(self, channels, size, width):
        super().__init__()
        layers, maps, last = down_stack(channels, size, width)
        self.net = nn.Sequential(*layers, nn.Conv2d(maps, 1, last, bias=False))
        dcgan_init(self)

    def forward(self, x):
        return self.net(x).view(-1)


class Vae(nn.Module):
    def __init__(self, latent, channels, size, width):
        super().__init__()
        layers, maps, last = down_stack(channels, size, width)
        self.encoder = nn.Sequential(*layers)
        features = maps * last * last
        self.to_mu = nn.Linear(features, latent)
        self.to_log_var = nn.Linear(features, latent)
        up, _, stages = ladder(size)
        self.base_maps, self.base_size = feature_maps(width, stages - 1), up[0]
        self.from_latent = nn.Linear(latent, self.base_maps * self.base_size ** 2)
        self.decoder = nn.Sequential(nn.BatchNorm2d(self.base_maps), nn.ReLU(True), *up_stack(channels, size, width))

    def forward(self, x):
        h = self.encoder(x).flatten(1)
        mu, log_var = self.to_mu(h), self.to_log_var(h)
        z = mu + torch.exp(0.5 * log_var) * torch.randn_like(mu)
        logits = self.decoder(self.from_latent(z).view(z.size(0), self.base_maps, self.base_size, self.base_size))
        return logits, mu, log_var


def forward_flops(module, *inputs):
    """Useful multiply-adds x 2 of the convolutions and linear layers in one
    forward pass, in total and of the first such layer.

    A kernel tap that lands on padding, or on an output a transposed
    convolution crops, is not counted: oneDNN's kernels skip that work, and
    in a 4x4 map with stride 2 it is a third of the taps. The taps are
    counted by running the layer's geometry on ones."""
    total, first = [0], [None]

    def count(m, inp, out):
        x = inp[0]
        if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)):
            ones, kernel = torch.ones(1, 1, *x.shape[2:]), torch.ones(1, 1, *m.kernel_size)
            if isinstance(m, nn.Conv2d):
                taps = F.conv2d(ones, kernel, stride=m.stride, padding=m.padding, dilation=m.dilation)
            else:
                taps = F.conv_transpose2d(ones, kernel, stride=m.stride, padding=m.padding,
                                          output_padding=m.output_padding, dilation=m.dilation)
            flops = 2 * x.size(0) * int(taps.sum().item()) * m.in_channels * m.out_channels // m.groups
        elif isinstance(m, nn.Linear):
            flops = 2 * out.numel() * m.in_features
        else:
            return
        total[0] += flops
        if first[0] is None:
            first[0] = flops

    hooks = [m.register_forward_hook(count) for m in module.modules()]
    with torch.no_grad():
        module(*inputs)
    for h in hooks:
        h.remove()
    return total[0], first[0]


def params(module):
    return sum(p.numel() for p in module.parameters())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True, help="dcgan-28, vae-28 or dcgan-64")
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    family, size = args.model.split("-")
    size = int(size)
    channels = 3 if size == 64 else 1
    latent = 16 if family == "vae" else 100
    width = 64
    n = args.batch
    cache = torch.randint(0, 256, (512, channels, size, size), dtype=torch.uint8)

    def next_batch():
        index = torch.randint(0, cache.size(0), (n,))
        return cache.index_select(0, index).to(torch.float32).mul_(2.0 / 255.0).sub_(1.0)

    result = {"model": args.model, "threads": torch.get_num_threads(), "torch": torch.__version__}
    if family == "dcgan":
        G, D = Generator(latent, channels, size, width), Discriminator(channels, size, width)
        opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
        opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
        f_g, first_g = forward_flops(G, torch.zeros(n, latent))
        f_d, first_d = forward_flops(D, torch.zeros(n, channels, size, size))
        # The studio's step (core/train/gantrainer.cpp): a back-propagated pass
        # costs its forward again for the weight gradients and again for the
        # input gradients, which no first layer needs when its input is data.
        # G: 3 f_G less its first layer's input gradients. D on the real and
        # the detached fake batch: 3 f_D less the first layer's each. D on the
        # fakes for G's loss: frozen, so forward and input gradients, 2 f_D.
        # (PyTorch's example, this script's loop, also takes D's weight
        # gradients there: one f_D more than counted.)
        result.update(params_g=params(G), params_d=params(D),
                      flops_per_step=3 * f_g - first_g + 8 * f_d - 2 * first_d)

        def step():
            real = next_batch()
            fake = G(torch.randn(n, latent))
            out_real, out_fake = D(real), D(fake.detach())
            loss_d = (F.binary_cross_entropy_with_logits(out_real, torch.ones_like(out_real))
                      + F.binary_cross_entropy_with_logits(out_fake, torch.zeros_like(out_fake)))
            opt_d.zero_grad()
            loss_d.backward()
            opt_d.step()
            out = D(fake)
            loss_g = F.binary_cross_entropy_with_logits(out, torch.ones_like(out))
            opt_g.zero_grad()
            loss_g.backward()
            opt_g.step()
            return torch.stack([loss_d.detach(), loss_g.detach(), torch.sigmoid(out_real).mean().detach(),
                                torch.sigmoid(out_fake).mean().detach()])
    else:
        V = Vae(latent, channels, size, width)
        opt = torch.optim.Adam(V.parameters(), lr=2e-4, betas=(0.5, 0.999))
        f_v, first_v = forward_flops(V, torch.zeros(n, channels, size, size))
        result.update(params_vae=params(V), flops_per_step=3 * f_v - first_v)

        def step():
            images = next_batch()
            logits, mu, log_var = V(images)
            recon = F.binary_cross_entropy_with_logits(logits, (images + 1) * 0.5, reduction="sum") / n
            kl = -0.5 * torch.sum(1 + log_var - mu.pow(2) - log_var.exp()) / n
            loss = recon + kl
            opt.zero_grad()
            loss.backward()
            opt.step()
            return torch.stack([loss.detach(), recon.detach(), kl.detach()])

    for _ in range(args.warmup):
        step().sum().item()
    times = []
    for _ in range(args.steps):
        start = time.perf_counter()
        step().sum().item()  # item(): wait for the step, as latent-bench does
        times.append(time.perf_counter() - start)
    result["step_seconds"] = times
    print(json.dumps(result))


if __name__ == "__main__":
    main()
