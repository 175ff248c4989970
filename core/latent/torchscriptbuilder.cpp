// SPDX-License-Identifier: MIT
#include "latent/torchscriptbuilder.h"

#include "base/studioerror.h"
#include "base/usertext.h"

#include <sstream>

namespace latent {

namespace {

std::string intList(const torch::ExpandingArray<2>& values)
{
    return "[" + std::to_string((*values)[0]) + ", " + std::to_string((*values)[1]) + "]";
}

// Appends one line of forward() per layer of `stack`, registering its tensors
// on `module` under fresh names.
void emitStack(torch::nn::Sequential& stack, torch::jit::Module& module, std::ostringstream& code, int& counter)
{
    for (const auto& child : stack->children()) {
        const std::string name = "layer" + std::to_string(counter++);
        if (auto* deconv = child->as<torch::nn::ConvTranspose2dImpl>()) {
            const auto& o = deconv->options;
            module.register_parameter(name + "_weight", deconv->weight.detach().clone(), false);
            code << "    x = torch.conv_transpose2d(x, self." << name << "_weight, None, " << intList(o.stride())
                 << ", " << intList(c10::get<torch::ExpandingArray<2>>(o.padding())) << ", "
                 << intList(o.output_padding()) << ", " << o.groups() << ", " << intList(o.dilation()) << ")\n";
        } else if (auto* norm = child->as<torch::nn::BatchNorm2dImpl>()) {
            module.register_parameter(name + "_weight", norm->weight.detach().clone(), false);
            module.register_parameter(name + "_bias", norm->bias.detach().clone(), false);
            module.register_buffer(name + "_mean", norm->running_mean.detach().clone());
            module.register_buffer(name + "_var", norm->running_var.detach().clone());
            code << "    x = torch.batch_norm(x, self." << name << "_weight, self." << name << "_bias, self." << name
                 << "_mean, self." << name << "_var, False, 0.1, " << norm->options.eps() << ", False)\n";
        } else if (child->as<torch::nn::ReLUImpl>()) {
            code << "    x = torch.relu(x)\n";
        } else if (child->as<torch::nn::TanhImpl>()) {
            code << "    x = torch.tanh(x)\n";
        } else {
            throw StudioError::failure({},
                                       //: %1 is the type name of a LibTorch layer
                                       translate("TorchScriptBuilder", "cannot export a layer of type %1 to "
                                                                       "TorchScript")
                                           .arg(child->name()));
        }
    }
}

} // namespace

torch::jit::Module buildTorchScriptGenerator(const Networks& networks)
{
    const ModelSpec& spec = networks.spec();
    torch::jit::Module module("LatentStudioGenerator");
    module.register_attribute("latent_dim", c10::IntType::get(), spec.latentDim);
    module.register_attribute("image_size", c10::IntType::get(), spec.imageSize);
    module.register_attribute("channels", c10::IntType::get(), spec.channels);

    std::ostringstream code;
    code.precision(10);
    int counter = 0;
    // A conditional model takes the class index of each image, [N] int64
    // (none: image i is of class i mod num_classes, as the studio draws);
    // `c` is what its first layer reads besides z.
    if (spec.conditional()) {
        c10::List<std::string> names;
        for (const std::string& name : spec.classNames)
            names.push_back(name);
        module.register_attribute("num_classes", c10::IntType::get(), spec.classCount());
        module.register_attribute("class_names", c10::ListType::ofStrings(), names);
        module.register_buffer("class_rows", networks.isGan()
                                                 ? networks.drawingGenerator()->classEmbedding.detach().clone()
                                                 : torch::eye(spec.classCount()));
        code << "def forward(self, z, label: Optional[Tensor] = None):\n"
             << "    if label is None:\n"
             << "        label = torch.remainder(torch.arange(z.size(0), device=z.device), " << spec.classCount()
             << ")\n"
             << "    c = torch.index_select(self.class_rows, 0, label.to(z.device).long())\n";
    } else {
        module.register_attribute("num_classes", c10::IntType::get(), 0);
        code << "def forward(self, z):\n";
    }
    if (networks.isGan()) {
        if (spec.conditional())
            code << "    z = torch.cat([z, c], 1)\n";
        code << "    x = z.view([z.size(0), z.size(1), 1, 1])\n";
        torch::nn::Sequential net = networks.drawingGenerator()->net;
        emitStack(net, module, code, counter);
        code << "    return x\n";
    } else {
        const auto& vae = networks.vae;
        module.register_parameter("from_latent_weight", vae->fromLatent->weight.detach().clone(), false);
        module.register_parameter("from_latent_bias", vae->fromLatent->bias.detach().clone(), false);
        if (spec.conditional())
            code << "    z = torch.cat([z, c], 1)\n";
        code << "    x = torch.addmm(self.from_latent_bias, z, self.from_latent_weight.t())\n"
             << "    x = x.view([z.size(0), " << vae->baseMaps << ", " << vae->baseSize << ", " << vae->baseSize
             << "])\n";
        torch::nn::Sequential decoder = vae->decoder;
        emitStack(decoder, module, code, counter);
        code << "    return torch.sigmoid(x) * 2.0 - 1.0\n";
    }
    module.define(code.str());
    module.eval();
    return module;
}

c10::Dict<std::string, at::Tensor> generatorStateDict(const Networks& networks)
{
    const torch::nn::Module& source = networks.isGan() ? static_cast<const torch::nn::Module&>(*networks.drawingGenerator())
                                                       : static_cast<const torch::nn::Module&>(*networks.vae);
    c10::Dict<std::string, at::Tensor> dict;
    for (const auto& p : source.named_parameters())
        dict.insert(p.key(), p.value().detach().cpu().clone());
    for (const auto& b : source.named_buffers())
        dict.insert(b.key(), b.value().detach().cpu().clone());
    return dict;
}

} // namespace latent
