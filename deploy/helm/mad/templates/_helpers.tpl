{{/* Names and labels shared by every object of the chart. */}}

{{- define "mad.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "mad.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "mad.selectorLabels" -}}
app.kubernetes.io/name: {{ include "mad.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "mad.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "mad.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "mad.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "mad.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "mad.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository .Values.image.tag }}
{{- end }}
{{- end }}

{{/* Where the server reads its detector: the mounted volume, or the demo init container's output. */}}
{{- define "mad.detectorPath" -}}
{{- if .Values.detector.volume }}/detector{{ else }}/var/lib/mad/demo/detector{{ end }}
{{- end }}

{{/* The engine sidecar's image (upstream.sidecar.image), by digest when one is set. */}}
{{- define "mad.engineImage" -}}
{{- with .Values.upstream.sidecar.image }}
{{- if .digest }}
{{- printf "%s@%s" .repository .digest }}
{{- else }}
{{- printf "%s:%s" .repository .tag }}
{{- end }}
{{- end }}
{{- end }}

{{/* Where `mad serve --upstream` forwards: the sidecar on loopback, or upstream.url. */}}
{{- define "mad.upstreamUrl" -}}
{{- if .Values.upstream.sidecar.enabled }}
{{- printf "http://127.0.0.1:%v/v1" .Values.upstream.sidecar.port }}
{{- else }}
{{- .Values.upstream.url }}
{{- end }}
{{- end }}

{{/* Refuses upstream settings that cannot work, with what to set instead. */}}
{{- define "mad.checkUpstream" -}}
{{- $up := .Values.upstream }}
{{- if and $up.sidecar.enabled (not $up.enabled) }}
{{- fail "upstream.sidecar.enabled needs upstream.enabled=true" }}
{{- end }}
{{- if $up.enabled }}
{{- if and $up.sidecar.enabled $up.url }}
{{- fail "set upstream.url or upstream.sidecar.enabled=true, not both (the sidecar's URL is its loopback address)" }}
{{- end }}
{{- if not (or $up.sidecar.enabled $up.url) }}
{{- fail "upstream.enabled: set upstream.url (an engine you run) or upstream.sidecar.enabled=true" }}
{{- end }}
{{- end }}
{{- if $up.sidecar.enabled }}
{{- if not (and .Values.model.volume (hasPrefix "/models/" .Values.model.path)) }}
{{- fail "upstream.sidecar: set model.volume (the weights, shared by the engine and mad) and model.path=/models/<dir> (the model both load)" }}
{{- end }}
{{- if eq (int $up.sidecar.port) (int .Values.service.port) }}
{{- fail "upstream.sidecar.port must differ from service.port: both containers share the pod's network" }}
{{- end }}
{{- end }}
{{- end }}
