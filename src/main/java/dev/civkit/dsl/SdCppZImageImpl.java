package dev.civkit.dsl;

/** {@link SdCpp.ZImage}'s implementation, package-private so its state and helpers stay out of the API and out of TAB. */
final class SdCppZImageImpl extends SdCppImageImpl<SdCpp.ZImage> implements SdCpp.ZImage {
    SdCppZImageImpl(WorkflowBuilder owner, String model) {
        super(owner, "zImage", "createImage");
        preset("model", model);
    }

    @Override
    public SdCpp.ZImage diffuserModel(String air) {
        return air("diffuserModel", air);
    }
}
