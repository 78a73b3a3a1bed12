"""The SageMaker Python SDK's model-card flows, call for call, with boto3 against Cardinal.

Reproduces what sagemaker.model_card (SDK v2: model_card.py, helpers.py) sends, with the same requests, filters and
content shapes, without needing the SDK itself:
  * ModelOverview.from_model_name -> TrainingDetails.from_model_overview -> ModelCard.create
  * ModelPackage.from_model_package_arn for two versions of one group; the second card inherits business_details,
    intended_uses and additional_information from the group's latest card (ModelCard._from_model_package)
  * a package's embedded card: CreateModelPackage(ModelCard=...), DescribeModelPackage, UpdateModelPackage(ModelCard=...)
    as Model.register and Model.update_model_card send them.
argv: endpoint, access key id, secret, JSON {model_name, image, artifacts, group, card_prefix}. Prints one JSON object.
"""
import hashlib
import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint, key_id, secret, names = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
sm = boto3.client(
    "sagemaker",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id=key_id,
    aws_secret_access_key=secret,
    config=Config(retries={"max_attempts": 1}),
)
out = {}


def drop_none(value):
    """helpers._DefaultToRequestDict: None members are left out of the content."""
    if isinstance(value, dict):
        return {k: drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_none(v) for v in value]
    return value


def hash_content(content):
    """helpers._hash_content_str."""
    return hashlib.md5(json.dumps(json.loads(content), sort_keys=True, default=str).encode("utf-8")).hexdigest()


# --- ModelOverview.from_model_name ------------------------------------------------------------------------------
def model_overview_from_model_name(model_name):
    model = sm.describe_model(ModelName=model_name)
    found = sm.search(
        Resource="ModelCard",
        SearchExpression={"Filters": [{"Name": "ModelId", "Operator": "Equals", "Value": model["ModelArn"]}]},
    )
    associated = [c["ModelCard"]["ModelCardName"] for c in found["Results"]]
    if associated:
        raise ValueError(f"The model has been associated with {associated} model cards.")
    if "Containers" in model:
        artifacts = [c["ModelDataUrl"] for c in model["Containers"]]
    elif "PrimaryContainer" in model and "ModelDataUrl" in model["PrimaryContainer"]:
        artifacts = [model["PrimaryContainer"]["ModelDataUrl"]]
    else:
        artifacts = []
    return {
        "model_name": model_name,
        "model_id": model["ModelArn"],
        "inference_environment": {"container_image": [model["PrimaryContainer"]["Image"]]},
        "model_artifact": artifacts,
    }


# --- TrainingDetails.from_model_overview / from_model_s3_artifacts ----------------------------------------------
def search_training_job(model_data_url):
    res = sm.search(
        Resource="TrainingJob",
        SearchExpression={"Filters": [{"Name": "ModelArtifacts.S3ModelArtifacts", "Operator": "Equals", "Value": model_data_url}]},
    )
    return res["Results"][0]["TrainingJob"] if len(res["Results"]) == 1 else None


def training_details_from_artifacts(artifacts):
    job = search_training_job(artifacts[0]) if len(artifacts) == 1 else None
    if not job:
        return None
    return {
        "training_job_details": {
            "training_arn": job["TrainingJobArn"],
            "training_environment": {"container_image": [job["AlgorithmSpecification"]["TrainingImage"]]},
            "training_metrics": [{"name": m["MetricName"], "value": m["Value"]} for m in job.get("FinalMetricDataList", [])],
            "hyper_parameters": [{"name": k, "value": v} for k, v in job.get("HyperParameters", {}).items()],
            "training_datasets": [],
            "user_provided_training_metrics": [],
            "user_provided_hyper_parameters": [],
        }
    }


# --- ModelCard.create -------------------------------------------------------------------------------------------
CONTENT_ORDER = ["model_overview", "intended_uses", "business_details", "training_details", "evaluation_details", "additional_information", "model_package_details"]


def create_card(name, status, sections):
    content = {key: drop_none(sections[key]) for key in CONTENT_ORDER if sections.get(key)}
    sm.create_model_card(ModelCardName=name, ModelCardStatus=status, Content=json.dumps(content))
    described = sm.describe_model_card(ModelCardName=name)
    return {"arn": described["ModelCardArn"], "version": described["ModelCardVersion"], "content": json.loads(described["Content"])}


# The pipeline registered the deployable model (the training job was recorded through POST /api/v1/training-jobs).
sm.create_model(
    ModelName=names["model_name"],
    PrimaryContainer={"Image": names["image"], "ModelDataUrl": names["artifacts"]},
    ExecutionRoleArn="arn:aws:iam::111122223333:role/SageMakerRole",
)
overview = model_overview_from_model_name(names["model_name"])
training = training_details_from_artifacts(overview["model_artifact"])
card = create_card(f"{names['card_prefix']}-model", "Draft", {"model_overview": overview, "training_details": training})
try:
    model_overview_from_model_name(names["model_name"])
    second_overview_error = None
except ValueError as error:
    second_overview_error = str(error)
out["model_flow"] = {"overview": overview, "training": training, "card": card, "second_overview_error": second_overview_error}


# --- ModelPackage.from_model_package_arn and ModelCard._from_model_package (carry-over) ------------------------------
OPTIONAL_FIELDS = {
    "ModelPackageName": "model_package_name",
    "ModelPackageGroupName": "model_package_group_name",
    "ModelPackageVersion": "model_package_version",
    "ModelPackageStatus": "model_package_status",
    "ModelApprovalStatus": "model_approval_status",
    "ModelPackageDescription": "model_package_description",
    "ApprovalDescription": "approval_description",
    "Domain": "domain",
    "Task": "task",
}
INHERITED = ["business_details", "intended_uses", "additional_information"]


def model_package_from_arn(arn):
    package = sm.describe_model_package(ModelPackageName=arn)
    found = sm.search(
        Resource="ModelCard",
        SearchExpression={"Filters": [{"Name": "ModelId", "Operator": "Equals", "Value": package["ModelPackageArn"]}]},
    )
    associated = [c["ModelCard"]["ModelCardName"] for c in found["Results"]]
    if associated:
        raise ValueError(f"The model package has already been associated with {associated} model cards.")
    details = {"model_package_arn": package["ModelPackageArn"]}
    for key, field in OPTIONAL_FIELDS.items():
        if key in package:
            details[field] = package[key]
    if "UserProfileName" in package["CreatedBy"]:
        details["created_by"] = {"user_profile_name": package["CreatedBy"]["UserProfileName"]}
    if "InferenceSpecification" in package:
        containers = []
        for c in package["InferenceSpecification"]["Containers"]:
            container = {"image": c["Image"]}
            if "NearestModelName" in c:
                container["nearest_model_name"] = c["NearestModelName"]
            if "ModelDataUrl" in c:
                container["model_data_url"] = c["ModelDataUrl"]
            containers.append(container)
        details["inference_specification"] = {"containers": containers}
    return details


def card_from_model_package(sections, details):
    """The model_package_details setter: training details by artifact, then the group's latest card's sections where empty."""
    sections = dict(sections, model_package_details=details)
    searches = []
    if sections.get("training_details") is None:
        urls = [c["model_data_url"] for c in details.get("inference_specification", {}).get("containers", []) if c.get("model_data_url")]
        sections["training_details"] = training_details_from_artifacts(urls)
    latest = sm.search(
        Resource="ModelCard",
        SearchExpression={"Filters": [{"Name": "ModelPackageGroupName", "Operator": "Equals", "Value": details["model_package_group_name"]}]},
        SortBy="LastModifiedTime",
        SortOrder="Descending",
    )
    searches.append([r["ModelCard"]["ModelCardName"] for r in latest["Results"]])
    if latest.get("Results") and latest["Results"][0].get("ModelCard"):
        other = json.loads(sm.describe_model_card(ModelCardName=latest["Results"][0]["ModelCard"]["ModelCardName"])["Content"])
        for key in INHERITED:
            if sections.get(key) is None and key in other:
                sections[key] = other[key]
    return sections, searches


group = names["group"]
sm.create_model_package_group(ModelPackageGroupName=group, ModelPackageGroupDescription="Churn models")
package_input = {
    "ModelPackageGroupName": group,
    "ModelPackageDescription": "Test model package registered for integ test",
    "ModelApprovalStatus": "PendingManualApproval",
    "InferenceSpecification": {
        "Containers": [{"Image": names["image"], "ModelDataUrl": names["artifacts"]}],
        "SupportedContentTypes": ["text/csv"],
        "SupportedResponseMIMETypes": ["text/csv"],
    },
}
arn1 = sm.create_model_package(**package_input)["ModelPackageArn"]
arn2 = sm.create_model_package(**package_input)["ModelPackageArn"]

details1 = model_package_from_arn(arn1)
business = {"business_problem": "Customers leave without warning.", "business_stakeholders": "Retention team", "line_of_business": "Retail"}
uses = {"purpose_of_model": "Rank customers by churn risk.", "intended_uses": "Weekly retention campaigns.", "risk_rating": "Medium"}
sections1, searches1 = card_from_model_package({"business_details": business, "intended_uses": uses}, details1)
card1 = create_card(f"{names['card_prefix']}-pkg-1", "Draft", sections1)

details2 = model_package_from_arn(arn2)
sections2, searches2 = card_from_model_package({}, details2)
card2 = create_card(f"{names['card_prefix']}-pkg-2", "Draft", sections2)
try:
    model_package_from_arn(arn2)
    second_package_error = None
except ValueError as error:
    second_package_error = str(error)
out["package_flow"] = {
    "arns": [arn1, arn2],
    "details1": details1,
    "card1": card1,
    "card2": card2,
    "carry_over_searches": [searches1, searches2],
    "second_package_error": second_package_error,
}


# --- The embedded package card: Model.register(model_card=...) and Model.update_model_card -----------------------
embedded_content = json.dumps({"model_overview": {"model_creator": "Risk ML"}, "intended_uses": {"risk_rating": "Low"}})
arn3 = sm.create_model_package(**package_input, ModelCard={"ModelCardStatus": "Draft", "ModelCardContent": embedded_content})["ModelPackageArn"]
described = sm.describe_model_package(ModelPackageName=arn3)
registered_card = described.get("ModelCard")

updated_content = json.dumps({"model_overview": {"model_creator": "Risk ML"}, "intended_uses": {"risk_rating": "Low", "purpose_of_model": "Churn"}})
calls = []
# update_model_card(): status first when it differs, then content when its hash differs (and is not "{}" or "null").
if described["ModelCard"]["ModelCardStatus"] != "PendingReview":
    sm.update_model_package(ModelPackageArn=arn3, ModelCard={"ModelCardStatus": "PendingReview"})
    calls.append("status")
try:
    if hash_content(described["ModelCard"]["ModelCardContent"]) != hash_content(updated_content):
        sm.update_model_package(ModelPackageArn=arn3, ModelCard={"ModelCardContent": updated_content})
        calls.append("content")
    content_update_error = None
except ClientError as error:
    content_update_error = error.response["Error"]
after = sm.describe_model_package(ModelPackageName=arn3).get("ModelCard")
out["embedded_flow"] = {
    "arn": arn3,
    "sent": embedded_content,
    "registered": registered_card,
    "calls": calls,
    "content_update_error": content_update_error,
    "after": after,
    "updated_content": updated_content,
}

print(json.dumps(out))
