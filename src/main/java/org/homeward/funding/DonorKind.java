package org.homeward.funding;

/** Who a donor is. */
public enum DonorKind {
  GOVERNMENT,
  MULTILATERAL,
  PRIVATE
}
