package dev.civkit.dsl;

final class SdCppZImageImpl extends SdCppImageImpl<SdCpp.ZImage> implements SdCpp.ZImage {
    SdCppZImageImpl(WorkflowBuilder owner, String model) {
        super(owner, "zImage", "createImage");
        preset("model", model);
    }
}
