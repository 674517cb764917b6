package org.triagedesk.eligibility.entity;

/** The CNI plug-in a workload cluster runs; AKS Arc deploys Calico or Flannel. */
public enum ContainerNetworking {
    CALICO, FLANNEL
}
